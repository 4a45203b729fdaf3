// The dialog that creates or edits a user, a person who owns peers.
#pragma once

#include "EditDialog.h"

class QPlainTextEdit;

namespace wgdesk::ui {

class UserDialog final : public EditDialog
{
    Q_OBJECT

public:
    // A new user.
    explicit UserDialog(QWidget *parent = nullptr);

    // Edits `user`: the identifier is read-only, and fields the dialog does not show are kept.
    void setUser(const app::User &user);
    // The record the form holds (valid once the dialog was accepted).
    [[nodiscard]] app::User user() const;

protected:
    [[nodiscard]] app::Problems currentProblems() const override;

private:
    app::User m_original;
    bool m_editing = false;
    QDateTime m_disabledAt; // when the operator checked Disabled

    QLineEdit *m_identifier = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_firstname = nullptr;
    QLineEdit *m_lastname = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_department = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QCheckBox *m_admin = nullptr;
    QCheckBox *m_disabled = nullptr;
    QLineEdit *m_disabledReason = nullptr;
};

} // namespace wgdesk::ui
