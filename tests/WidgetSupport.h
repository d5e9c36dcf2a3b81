#pragma once

#include <QString>
#include <QDialog>
#include <QWidget>

#include <functional>

#include "PageCache.h"

#include <catch2/catch.hpp>


namespace shopcrm::test {

// Answers the next message box that opens with the button whose text contains `label`.
void answerNextMessageBox(const QString& label);
// Types text into the next input dialog that opens and accepts it.
void answerNextInputDialog(const QString& text);
// Runs act on the next dialog with this object name once it is open (a modal dialog's exec()
// returns when act closes it).
void whenDialogOpens(const QString& objectName, const std::function<void(QDialog*)>& act);
// Types text as a user would: ASCII as key presses, Chinese as an input method commits it.
void type(QWidget* widget, const QString& text);
// Types into whatever has the keyboard focus, character by character (an item view opens an
// editor on the first key, and the rest go to that editor, as they do for a user).
void typeHere(const QString& text);

// The child widget with this object name; the test stops when there is none.
template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

// Lists longer than `rows` count in another thread while this lives (the shop default is
// 20,000: the tests' shops are smaller).
struct LongListsFrom
{
    explicit LongListsFrom(int rows) : before(listCountInBackgroundAbove())
    {
        listCountInBackgroundAbove() = rows;
    }
    ~LongListsFrom() { listCountInBackgroundAbove() = before; }
    Q_DISABLE_COPY_MOVE(LongListsFrom)
    const int before;
};

} // namespace shopcrm::test
