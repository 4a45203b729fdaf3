#include "UiPreferences.h"
