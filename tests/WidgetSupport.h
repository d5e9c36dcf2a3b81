#pragma once

#include <QString>

class QWidget;

namespace shopcrm::test {

// Answers the next message box that opens with the button whose text contains `label`.
void answerNextMessageBox(const QString& label);
// Types text into the next input dialog that opens and accepts it.
void answerNextInputDialog(const QString& text);
// Types text as a user would: ASCII as key presses, Chinese as an input method commits it.
void type(QWidget* widget, const QString& text);
// Types into whatever has the keyboard focus, character by character (an item view opens an
// editor on the first key, and the rest go to that editor, as they do for a user).
void typeHere(const QString& text);

} // namespace shopcrm::test
