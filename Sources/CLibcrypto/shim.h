#ifndef CLIBCRYPTO_SHIM_H
#define CLIBCRYPTO_SHIM_H
// SHA256_Init/Update/Final are deprecated in OpenSSL 3 in favour of EVP, but they hash directly: EVP's first use
// initialises the provider machinery, which costs more than hashing a report (about 6 million instructions).
#define OPENSSL_SUPPRESS_DEPRECATED 1
#include <openssl/sha.h>
#endif
