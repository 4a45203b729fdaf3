#include "KeyTools.h"
