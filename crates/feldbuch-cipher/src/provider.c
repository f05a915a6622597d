/*
 * A SQLCipher crypto provider that does what SQLCipher's own OpenSSL provider does, with the same
 * OpenSSL calls and the same file format, but keeps its keyed OpenSSL contexts for the life of a
 * connection instead of fetching and keying new ones for every page.
 *
 * Why: SQLCipher's bundled OpenSSL provider fetches the HMAC implementation, creates and keys a
 * MAC context and a cipher context for every page it encrypts or decrypts. Measured in the app's
 * own process that set-up costs about as much as the encryption itself (docs/BENCHMARKS.md).
 *
 * Random numbers: SQLCipher asks for the reserve's worth (IV + MAC room, 80 bytes) for every page
 * it writes. Ours draws them from OpenSSL's RAND_bytes as SQLCipher's provider does, but a
 * buffer's worth at a time per connection instead of one call per page (the call's own cost was
 * 2–3 µs a page in the app's process); bytes are wiped from the buffer as they are handed out, the
 * buffer is dropped after a fork and on `add_random`, and cleansed with the context.
 *
 * What stays with SQLCipher's provider: large random requests, the KDF, names and sizes. Only
 * `hmac`, `cipher`, `random`, `add_random`, `ctx_init` and `ctx_free` are ours. The page format is
 * unchanged (AES-256-CBC, HMAC over ciphertext + IV + page number with the algorithm SQLCipher
 * asks for), so files written with either provider open with the other (tests/provider.rs).
 *
 * Key material: the cached contexts hold the key schedule and the HMAC key state; the copies of
 * the keys kept to notice a key change are wiped, and the contexts freed (OpenSSL cleanses them),
 * when SQLCipher frees the codec, i.e. when the connection closes (the app's lock).
 *
 * The struct below must match `struct sqlcipher_provider` of the bundled SQLCipher exactly;
 * build.rs compares it with the amalgamation's text and fails the build if they differ.
 */
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <string.h>

/* feldbuch:provider-struct:begin */
typedef struct sqlcipher_provider sqlcipher_provider;
struct sqlcipher_provider {
  int (*init)(void);
  void (*shutdown)(void);
  const char* (*get_provider_name)(void *ctx);
  int (*add_random)(void *ctx, const void *buffer, int length);
  int (*random)(void *ctx, void *buffer, int length);
  int (*hmac)(void *ctx, int algorithm,
              const unsigned char *hmac_key, int key_sz,
              const unsigned char *in, int in_sz,
              const unsigned char *in2, int in2_sz,
              unsigned char *out);
  int (*kdf)(void *ctx, int algorithm,
              const unsigned char *pass, int pass_sz,
              const unsigned char* salt, int salt_sz,
              int workfactor,
              int key_sz, unsigned char *key);
  int (*cipher)(void *ctx, int mode,
              const unsigned char *key, int key_sz,
              const unsigned char *iv,
              const unsigned char *in, int in_sz,
              unsigned char *out);
  const char* (*get_cipher)(void *ctx);
  int (*get_key_sz)(void *ctx);
  int (*get_iv_sz)(void *ctx);
  int (*get_block_sz)(void *ctx);
  int (*get_hmac_sz)(void *ctx, int algorithm);
  int (*ctx_init)(void **ctx);
  int (*ctx_free)(void **ctx);
  int (*fips_status)(void *ctx);
  const char* (*get_provider_version)(void *ctx);
  sqlcipher_provider *next;
};
/* feldbuch:provider-struct:end */

extern int sqlite3_initialize(void);
extern void *sqlcipher_malloc(unsigned long long);
extern int sqlcipher_register_provider(sqlcipher_provider *);
extern sqlcipher_provider *sqlcipher_get_provider(void);

#define OK 0     /* SQLITE_OK */
#define ERROR 1  /* SQLITE_ERROR */
#define NOMEM 7  /* SQLITE_NOMEM */

#define HMAC_SHA1 0
#define HMAC_SHA256 1
#define HMAC_SHA512 2
#define KEY_MAX 64
/* Random bytes drawn at a time per connection: 51 pages' worth of 80-byte reserves. */
#define RAND_BUF 4096
/* Requests above this go to SQLCipher's provider; SQLCipher's own (an 80-byte page reserve, a
 * 16-byte KDF salt) are all smaller. */
#define RAND_BUFFERED_MAX 256

#define PROVIDER_NAME "openssl-cached"

/* SQLCipher's provider, copied once at install; ours forwards to it what it does not cache. Ours
 * lives in SQLCipher's own allocation, because sqlite3_shutdown() frees every registered provider
 * with sqlcipher_free(). */
static sqlcipher_provider base;
static sqlcipher_provider *cached;
static sqlcipher_provider *original;

typedef struct {
  void *base_ctx;
  EVP_MAC_CTX *mac;
  int mac_algorithm;
  int mac_key_sz;
  unsigned char mac_key[KEY_MAX];
  EVP_CIPHER_CTX *enc, *dec;
  int key_sz;
  unsigned char key[KEY_MAX];
  /* Random bytes not yet handed out: rand[rand_at..RAND_BUF), drawn in fork generation rand_gen. */
  unsigned char rand[RAND_BUF];
  int rand_at;
  unsigned long rand_gen;
} cached_ctx;

/* Counts forks (in the child, via pthread_atfork): a child never hands out its parent's bytes. */
static unsigned long fork_generation;
static void forked(void) { __atomic_add_fetch(&fork_generation, 1, __ATOMIC_SEQ_CST); }

static const char *digest_name(int algorithm) {
  switch (algorithm) {
    case HMAC_SHA1: return "SHA1";
    case HMAC_SHA256: return "SHA256";
    case HMAC_SHA512: return "SHA512";
    default: return NULL;
  }
}

static void drop_mac(cached_ctx *c) {
  EVP_MAC_CTX_free(c->mac);
  c->mac = NULL;
  OPENSSL_cleanse(c->mac_key, sizeof c->mac_key);
  c->mac_key_sz = 0;
}

static void drop_cipher(cached_ctx *c) {
  EVP_CIPHER_CTX_free(c->enc);
  EVP_CIPHER_CTX_free(c->dec);
  c->enc = c->dec = NULL;
  OPENSSL_cleanse(c->key, sizeof c->key);
  c->key_sz = 0;
}

static void drop_random(cached_ctx *c) {
  OPENSSL_cleanse(c->rand, sizeof c->rand);
  c->rand_at = RAND_BUF;
}

static int cached_ctx_init(void **ctx) {
  cached_ctx *c = OPENSSL_zalloc(sizeof *c);
  int rc;
  if (!c) return NOMEM;
  c->rand_at = RAND_BUF; /* empty: the first request fills it */
  if ((rc = base.ctx_init(&c->base_ctx)) != OK) {
    OPENSSL_free(c);
    return rc;
  }
  *ctx = c;
  return OK;
}

static int cached_ctx_free(void **ctx) {
  cached_ctx *c = *ctx;
  int rc = OK;
  if (c) {
    drop_mac(c);
    drop_cipher(c);
    drop_random(c);
    rc = base.ctx_free(&c->base_ctx);
    OPENSSL_clear_free(c, sizeof *c);
  }
  *ctx = NULL;
  return rc;
}

/* A MAC context keyed with `key` for `algorithm`: the cached one, or a new one if either changed. */
static EVP_MAC_CTX *mac_for(cached_ctx *c, int algorithm, const unsigned char *key, int key_sz) {
  if (c->mac && c->mac_algorithm == algorithm && c->mac_key_sz == key_sz &&
      CRYPTO_memcmp(c->mac_key, key, key_sz) == 0) {
    /* A NULL key restarts the MAC with the key it holds. */
    return EVP_MAC_init(c->mac, NULL, 0, NULL) ? c->mac : NULL;
  }
  drop_mac(c);
  const char *digest = digest_name(algorithm);
  if (!digest) return NULL;
  OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)digest, 0),
                         OSSL_PARAM_construct_end()};
  EVP_MAC *mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
  if (!mac) return NULL;
  c->mac = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  if (!c->mac || !EVP_MAC_init(c->mac, key, key_sz, params)) {
    drop_mac(c);
    return NULL;
  }
  memcpy(c->mac_key, key, key_sz);
  c->mac_key_sz = key_sz;
  c->mac_algorithm = algorithm;
  return c->mac;
}

static int cached_hmac(void *ctx, int algorithm, const unsigned char *hmac_key, int key_sz,
                       const unsigned char *in, int in_sz, const unsigned char *in2, int in2_sz,
                       unsigned char *out) {
  cached_ctx *c = ctx;
  if (in == NULL || hmac_key == NULL || out == NULL || key_sz <= 0) return ERROR;
  if (key_sz > KEY_MAX)
    return base.hmac(c->base_ctx, algorithm, hmac_key, key_sz, in, in_sz, in2, in2_sz, out);
  EVP_MAC_CTX *m = mac_for(c, algorithm, hmac_key, key_sz);
  size_t out_len = 0;
  if (!m || !EVP_MAC_update(m, in, in_sz) || (in2 != NULL && !EVP_MAC_update(m, in2, in2_sz)) ||
      !EVP_MAC_final(m, out, &out_len, EVP_MAC_CTX_get_mac_size(m))) {
    drop_mac(c);
    return ERROR;
  }
  return OK;
}

/* The encrypting and decrypting contexts keyed with `key`: the cached ones, or new ones. */
static int cipher_for(cached_ctx *c, const unsigned char *key, int key_sz) {
  if (c->enc && c->key_sz == key_sz && CRYPTO_memcmp(c->key, key, key_sz) == 0) return 1;
  drop_cipher(c);
  EVP_CIPHER *aes = EVP_CIPHER_fetch(NULL, "AES-256-CBC", NULL);
  c->enc = EVP_CIPHER_CTX_new();
  c->dec = EVP_CIPHER_CTX_new();
  int ok = aes && c->enc && c->dec && EVP_CIPHER_get_key_length(aes) == key_sz &&
           EVP_CipherInit_ex(c->enc, aes, NULL, key, NULL, 1) &&
           EVP_CipherInit_ex(c->dec, aes, NULL, key, NULL, 0) && EVP_CIPHER_CTX_set_padding(c->enc, 0) &&
           EVP_CIPHER_CTX_set_padding(c->dec, 0);
  EVP_CIPHER_free(aes);
  if (!ok) {
    drop_cipher(c);
    return 0;
  }
  memcpy(c->key, key, key_sz);
  c->key_sz = key_sz;
  return 1;
}

static int cached_cipher(void *ctx, int mode, const unsigned char *key, int key_sz,
                         const unsigned char *iv, const unsigned char *in, int in_sz, unsigned char *out) {
  cached_ctx *c = ctx;
  int n = 0, fin = 0;
  if (key == NULL || iv == NULL || in == NULL || out == NULL || key_sz <= 0 || in_sz < 0) return ERROR;
  if (key_sz > KEY_MAX) return base.cipher(c->base_ctx, mode, key, key_sz, iv, in, in_sz, out);
  if (!cipher_for(c, key, key_sz)) return ERROR;
  EVP_CIPHER_CTX *e = mode == 1 ? c->enc : c->dec;
  /* Only the IV is new; the key schedule stays. */
  if (!EVP_CipherInit_ex(e, NULL, NULL, NULL, iv, -1) || !EVP_CipherUpdate(e, out, &n, in, in_sz) ||
      !EVP_CipherFinal_ex(e, out + n, &fin) || n + fin != in_sz) {
    drop_cipher(c);
    return ERROR;
  }
  return OK;
}

/* `length` random bytes from the connection's buffer, refilled from RAND_bytes when it runs short
 * or was drawn before a fork (parent and child must not hand out the same bytes). */
static int cached_random(void *ctx, void *buffer, int length) {
  cached_ctx *c = ctx;
  if (buffer == NULL || length < 0) return ERROR;
  if (length > RAND_BUFFERED_MAX) return base.random(c->base_ctx, buffer, length);
  unsigned long gen = __atomic_load_n(&fork_generation, __ATOMIC_SEQ_CST);
  if (c->rand_gen != gen || RAND_BUF - c->rand_at < length) {
    drop_random(c);
    if (RAND_bytes(c->rand, RAND_BUF) != 1) {
      drop_random(c);
      return ERROR;
    }
    c->rand_at = 0;
    c->rand_gen = gen;
  }
  memcpy(buffer, c->rand + c->rand_at, length);
  OPENSSL_cleanse(c->rand + c->rand_at, length);
  c->rand_at += length;
  return OK;
}

/* Entropy added by the application goes to OpenSSL; bytes drawn before it are dropped. */
static int cached_add_random(void *ctx, const void *buffer, int length) {
  drop_random(ctx);
  return base.add_random(((cached_ctx *)ctx)->base_ctx, buffer, length);
}

/* The rest is SQLCipher's own provider, handed its own context. */
static int fwd_kdf(void *ctx, int algorithm, const unsigned char *pass, int pass_sz, const unsigned char *salt,
                   int salt_sz, int workfactor, int key_sz, unsigned char *key) {
  return base.kdf(((cached_ctx *)ctx)->base_ctx, algorithm, pass, pass_sz, salt, salt_sz, workfactor, key_sz, key);
}
static const char *fwd_get_cipher(void *ctx) { return base.get_cipher(((cached_ctx *)ctx)->base_ctx); }
static int fwd_get_key_sz(void *ctx) { return base.get_key_sz(((cached_ctx *)ctx)->base_ctx); }
static int fwd_get_iv_sz(void *ctx) { return base.get_iv_sz(((cached_ctx *)ctx)->base_ctx); }
static int fwd_get_block_sz(void *ctx) { return base.get_block_sz(((cached_ctx *)ctx)->base_ctx); }
static int fwd_get_hmac_sz(void *ctx, int algorithm) {
  return base.get_hmac_sz(((cached_ctx *)ctx)->base_ctx, algorithm);
}
static int fwd_fips_status(void *ctx) { return base.fips_status(((cached_ctx *)ctx)->base_ctx); }
static const char *fwd_get_provider_version(void *ctx) {
  return base.get_provider_version(((cached_ctx *)ctx)->base_ctx);
}
static const char *cached_get_provider_name(void *ctx) {
  (void)ctx;
  return PROVIDER_NAME;
}

/*
 * Register the provider as SQLCipher's default. Connections keyed afterwards use it; connections
 * keyed before keep the provider they were keyed with. Returns 0 on success (also when already
 * installed), 1 if SQLCipher's current provider is not its OpenSSL one, 2 if SQLite does not
 * initialise, 3 if SQLCipher refuses the registration (or the fork handler cannot be set). Not
 * thread-safe: the Rust side calls it once.
 */
int feldbuch_cipher_install(void) {
  if (cached) return 0;
  if (sqlite3_initialize() != OK) return 2;
  sqlcipher_provider *current = sqlcipher_get_provider();
  if (!current || !current->get_provider_name || strcmp(current->get_provider_name(NULL), "openssl") != 0 ||
      !current->hmac || !current->cipher || !current->ctx_init || !current->ctx_free || !current->random ||
      !current->add_random || !current->kdf || !current->get_cipher || !current->get_key_sz ||
      !current->get_iv_sz || !current->get_block_sz || !current->get_hmac_sz || !current->fips_status ||
      !current->get_provider_version)
    return 1;
  if (pthread_atfork(NULL, NULL, forked) != 0) return 3;
  original = current;
  base = *current;
  base.next = NULL;
  sqlcipher_provider *p = sqlcipher_malloc(sizeof *p);
  if (!p) return 3;
  *p = base;
  p->init = NULL;
  p->shutdown = NULL;
  p->get_provider_name = cached_get_provider_name;
  p->add_random = cached_add_random;
  p->random = cached_random;
  p->hmac = cached_hmac;
  p->kdf = fwd_kdf;
  p->cipher = cached_cipher;
  p->get_cipher = fwd_get_cipher;
  p->get_key_sz = fwd_get_key_sz;
  p->get_iv_sz = fwd_get_iv_sz;
  p->get_block_sz = fwd_get_block_sz;
  p->get_hmac_sz = fwd_get_hmac_sz;
  p->ctx_init = cached_ctx_init;
  p->ctx_free = cached_ctx_free;
  p->fips_status = fwd_fips_status;
  p->get_provider_version = fwd_get_provider_version;
  p->next = NULL;
  if (sqlcipher_register_provider(p) != OK) return 3;
  cached = p;
  return 0;
}

/*
 * For the compatibility test only: make SQLCipher's own provider (ours = 0) or ours (ours = 1)
 * the default again. Both stay registered; this only reorders SQLCipher's list.
 */
int feldbuch_cipher_select(int ours) {
  if (!cached || !original) return 1;
  return sqlcipher_register_provider(ours ? cached : original) == OK ? 0 : 3;
}
