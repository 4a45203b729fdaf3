#include "ClientConfigDialog.h"
