#include "InterfaceDialog.h"
