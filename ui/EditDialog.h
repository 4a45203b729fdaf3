// EditDialog, the base of the admin window's edit dialogs: a form validated as you type,
// whose OK stays disabled while it has errors.
#pragma once

#include "Domain.h"
#include "Validation.h"

#include <QDialog>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <initializer_list>
#include <vector>

class QAction;
class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wgdesk::ui {

// A dialog that edits one record in a form. A subclass builds the form, tells which widget
// shows each payload field, and computes the record's problems; EditDialog shows them under the
// form, marks the widgets, keeps OK disabled while there are errors, and refuses to accept.
class EditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditDialog(QWidget *parent = nullptr);

    // True when the form has no errors (warnings allowed): OK is enabled.
    [[nodiscard]] bool isAcceptable() const;
    // The problems shown under the form, one sentence per line.
    [[nodiscard]] QString problemText() const;

public Q_SLOTS:
    void accept() override;

protected:
    // The problems of the record the form holds now, errors and warnings.
    [[nodiscard]] virtual app::Problems currentProblems() const = 0;

    [[nodiscard]] QFormLayout *form() const { return m_form; }
    [[nodiscard]] QPushButton *okButton() const;
    // Problems of `field` (the payload's name, e.g. "ListenPort") are marked on `widget`.
    void addField(const QString &field, QWidget *widget);
    // Revalidates whenever the user edits `widget` (line edits, spin boxes, combo boxes, ...).
    void watch(QWidget *widget);
    // Makes the widgets' focus chain follow the form's order.
    static void chainTabOrder(std::initializer_list<QWidget *> widgets);
    // A line edit for a base64 key, wide enough for 44 characters; `secret` masks it and adds
    // a reveal toggle.
    QLineEdit *createKeyEdit(const QString &objectName, bool secret);
    [[nodiscard]] QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback) const;
    // A row "label: widget [buttons]", the label a buddy of `widget`.
    void addRow(const QString &label, QWidget *widget,
                std::initializer_list<QWidget *> extras = {});
    // Forgets what the user touched: an edit dialog opening on a record starts afresh.
    void resetTouched();

    void keyPressEvent(QKeyEvent *event) override;

    // Splits a list field on commas, whitespace and newlines, dropping empty entries.
    [[nodiscard]] static QStringList splitList(const QString &text);

protected Q_SLOTS:
    void revalidate();

private:
    struct Field
    {
        QString name;
        QWidget *widget = nullptr;
        QAction *errorAction = nullptr; // on line edits: a trailing icon with the message
        QPalette palette;               // to restore after a red tint
        QString toolTip;
    };

    [[nodiscard]] bool isShown(const app::FieldProblem &problem) const;
    [[nodiscard]] const Field *fieldOf(const QString &name) const;
    void markField(Field &field, const QStringList &errors, const QStringList &warnings);

    QFormLayout *m_form = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problemText = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::vector<Field> m_fields;
    QList<const QWidget *> m_touched;
    app::Problems m_problems;
    bool m_showAll = false; // after OK was tried: empty required fields say so too
};

} // namespace wgdesk::ui
