// wgdeskctl: the command-line contract of product.md over the same core as the GUI.
// Exit 0 on success, 2 on a usage or validation error (nothing changed), 1 on anything else.
#pragma once

#include <QStringList>

class QTextStream;

namespace wgdesk::app {

struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
    bool errIsTerminal = false; // progress lines only on a terminal
};

// Runs one command; `arguments` excludes the program name.
int runWgdeskctl(const QStringList &arguments, CliStreams streams);

} // namespace wgdesk::app
