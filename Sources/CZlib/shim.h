// The system zlib (Debian: zlib1g-dev), for reading .gz inputs.
#include <zlib.h>
