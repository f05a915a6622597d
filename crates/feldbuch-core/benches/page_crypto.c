/*
 * What SQLCipher's page encryption costs per page, with the system OpenSSL (docs/BENCHMARKS.md,
 * "The floor of SQLCipher's page crypto"). Run: bash .ci/bench-page-crypto
 *
 * A SQLCipher 4 page of 4096 bytes carries 80 reserved bytes: a 16-byte IV and a 64-byte
 * HMAC-SHA512. Writing a page encrypts its 4016 data bytes with AES-256-CBC under a fresh IV and
 * MACs ciphertext + IV + the page number; reading it checks the MAC and decrypts.
 *
 * "per call" does what the OpenSSL provider of the SQLCipher bundled by libsqlite3-sys does for
 * every page (read from its source, crypto_openssl.c in the amalgamation): fetch HMAC, create and
 * key a MAC context, create a cipher context, key it, run, free both. "cached" keeps one keyed MAC
 * and one keyed cipher context and only resets the IV / restarts the MAC: the least any provider
 * built on OpenSSL can spend on a page, i.e. the floor of a faster provider.
 *
 * Every figure is the median of 9 rounds of 20,000 pages, in microseconds per page.
 */
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PAGE 4096
#define RESERVE 80
#define DATA (PAGE - RESERVE)
#define ROUNDS 9
#define PAGES 20000

static unsigned char key[32], hmac_key[32], iv[16], plain[PAGE], cipher[PAGE], mac[64];
static const unsigned char pgno[4] = {7, 0, 0, 0};
static const char *digest = "SHA512";

static double now_us(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static void die(const char *what) {
    fprintf(stderr, "page_crypto: %s failed\n", what);
    exit(1);
}

/* ---- per call, as the bundled provider does ---- */

static void hmac_per_call(const unsigned char *in, int in_sz) {
    size_t out_len;
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)digest, 0),
                           OSSL_PARAM_construct_end()};
    EVP_MAC *m = EVP_MAC_fetch(NULL, "HMAC", NULL);
    EVP_MAC_CTX *c = m ? EVP_MAC_CTX_new(m) : NULL;
    if (!c || !EVP_MAC_init(c, hmac_key, sizeof hmac_key, params) || !EVP_MAC_update(c, in, in_sz) ||
        !EVP_MAC_update(c, pgno, sizeof pgno) || !EVP_MAC_final(c, NULL, &out_len, 0) ||
        !EVP_MAC_final(c, mac, &out_len, out_len))
        die("HMAC (per call)");
    EVP_MAC_CTX_free(c);
    EVP_MAC_free(m);
}

static void cipher_per_call(int enc, const unsigned char *in, unsigned char *out) {
    int n, fin;
    EVP_CIPHER_CTX *c = EVP_CIPHER_CTX_new();
    if (!c || !EVP_CipherInit_ex(c, EVP_aes_256_cbc(), NULL, NULL, NULL, enc) ||
        !EVP_CIPHER_CTX_set_padding(c, 0) || !EVP_CipherInit_ex(c, NULL, NULL, key, iv, enc) ||
        !EVP_CipherUpdate(c, out, &n, in, DATA) || !EVP_CipherFinal_ex(c, out + n, &fin))
        die("AES-256-CBC (per call)");
    EVP_CIPHER_CTX_free(c);
}

static void write_per_call(void) {
    cipher_per_call(1, plain, cipher);
    hmac_per_call(cipher, DATA + 16);
}

static void read_per_call(void) {
    hmac_per_call(cipher, DATA + 16);
    cipher_per_call(0, cipher, plain);
}

/* ---- cached contexts: the floor of any OpenSSL-based provider ---- */

static EVP_MAC_CTX *mac_ctx;
static EVP_CIPHER_CTX *enc_ctx, *dec_ctx;

static void cached_setup(void) {
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)digest, 0),
                           OSSL_PARAM_construct_end()};
    EVP_MAC *m = EVP_MAC_fetch(NULL, "HMAC", NULL);
    EVP_CIPHER *aes = EVP_CIPHER_fetch(NULL, "AES-256-CBC", NULL);
    if (mac_ctx) EVP_MAC_CTX_free(mac_ctx);
    mac_ctx = m ? EVP_MAC_CTX_new(m) : NULL;
    if (!mac_ctx || !EVP_MAC_init(mac_ctx, hmac_key, sizeof hmac_key, params)) die("HMAC set-up");
    if (!enc_ctx) {
        enc_ctx = EVP_CIPHER_CTX_new();
        dec_ctx = EVP_CIPHER_CTX_new();
        if (!aes || !enc_ctx || !dec_ctx || !EVP_CipherInit_ex(enc_ctx, aes, NULL, key, NULL, 1) ||
            !EVP_CipherInit_ex(dec_ctx, aes, NULL, key, NULL, 0) || !EVP_CIPHER_CTX_set_padding(enc_ctx, 0) ||
            !EVP_CIPHER_CTX_set_padding(dec_ctx, 0))
            die("AES set-up");
    }
    EVP_MAC_free(m);
    EVP_CIPHER_free(aes);
}

static void hmac_cached(const unsigned char *in, int in_sz) {
    size_t out_len;
    /* A NULL key restarts the MAC with the key already set. */
    if (!EVP_MAC_init(mac_ctx, NULL, 0, NULL) || !EVP_MAC_update(mac_ctx, in, in_sz) ||
        !EVP_MAC_update(mac_ctx, pgno, sizeof pgno) || !EVP_MAC_final(mac_ctx, mac, &out_len, sizeof mac))
        die("HMAC (cached)");
}

static void cipher_cached(EVP_CIPHER_CTX *c, const unsigned char *in, unsigned char *out) {
    int n, fin;
    /* Only the IV changes; the key schedule stays. */
    if (!EVP_CipherInit_ex(c, NULL, NULL, NULL, iv, -1) || !EVP_CipherUpdate(c, out, &n, in, DATA) ||
        !EVP_CipherFinal_ex(c, out + n, &fin))
        die("AES-256-CBC (cached)");
}

static void write_cached(void) {
    cipher_cached(enc_ctx, plain, cipher);
    hmac_cached(cipher, DATA + 16);
}

static void read_cached(void) {
    hmac_cached(cipher, DATA + 16);
    cipher_cached(dec_ctx, cipher, plain);
}

static void aes_enc_cached(void) { cipher_cached(enc_ctx, plain, cipher); }
static void hmac_only_cached(void) { hmac_cached(cipher, DATA + 16); }

static int cmp(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median_us(void (*f)(void)) {
    double r[ROUNDS];
    for (int i = 0; i < 2000; i++) f();
    for (int k = 0; k < ROUNDS; k++) {
        double t = now_us();
        for (int i = 0; i < PAGES; i++) f();
        r[k] = (now_us() - t) / PAGES;
    }
    qsort(r, ROUNDS, sizeof r[0], cmp);
    return r[ROUNDS / 2];
}

int main(void) {
    if (RAND_bytes(key, sizeof key) != 1 || RAND_bytes(hmac_key, sizeof hmac_key) != 1 ||
        RAND_bytes(iv, sizeof iv) != 1 || RAND_bytes(plain, sizeof plain) != 1)
        die("RAND_bytes");
    printf("%s; %d-byte pages, median of %d rounds of %d pages\n", OpenSSL_version(OPENSSL_VERSION),
           PAGE, ROUNDS, PAGES);
    printf("| HMAC | per page | per call (bundled provider) µs | cached contexts µs |\n|---|---|---|---|\n");
    const char *digests[] = {"SHA512", "SHA256"};
    for (int d = 0; d < 2; d++) {
        digest = digests[d];
        cached_setup();
        printf("| %s | write (encrypt + MAC) | %.2f | %.2f |\n", digest, median_us(write_per_call),
               median_us(write_cached));
        printf("| %s | read (MAC check + decrypt) | %.2f | %.2f |\n", digest, median_us(read_per_call),
               median_us(read_cached));
        printf("| %s | of a write: the MAC alone | | %.2f |\n", digest, median_us(hmac_only_cached));
    }
    printf("| – | of a write: AES-256-CBC encryption alone | | %.2f |\n", median_us(aes_enc_cached));
    EVP_MAC_CTX_free(mac_ctx);
    EVP_CIPHER_CTX_free(enc_ctx);
    EVP_CIPHER_CTX_free(dec_ctx);
    return 0;
}
