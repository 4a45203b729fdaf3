#include "TrafficGraph.h"
