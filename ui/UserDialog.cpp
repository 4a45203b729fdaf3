#include "UserDialog.h"
