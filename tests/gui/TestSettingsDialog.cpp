#include <QtTest>
class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
