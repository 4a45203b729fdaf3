#include "PeerDialog.h"
