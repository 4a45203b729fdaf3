#include <QtTest>
class TestWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { QSKIP("not written yet"); }
};
QTEST_MAIN(TestWidgets)
#include "TestWidgets.moc"
