/* Wine 8 (Debian 12) has no bcryptprimitives.dll, which Rust's standard library calls for
 * random bytes (ProcessPrng) on Windows 10 and later. For running the Windows build under Wine in
 * the tests only, never shipped: ProcessPrng over advapi32's RtlGenRandom (SystemFunction036),
 * which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
