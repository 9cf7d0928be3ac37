// libxcrypt (Debian libcrypt-dev, part of every C toolchain): the crypt(3) family that
// /etc/shadow uses; leadterm stores the kiosk supervisor PIN as a yescrypt hash with it.
#include <crypt.h>
