#include "SettingsDialog.h"
