<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <source>Remove bookmark</source>
        <translation>Удалить из закладок</translation>
    </message>
    <message>
        <source>Opening your bookmarks…</source>
        <translation>Открываются ваши закладки…</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Моё расписание</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export bookmarks to calendar</source>
        <translation>Экспорт закладок в календарь</translation>
    </message>
    <message>
        <source>Save your bookmarked sessions as an iCalendar file</source>
        <translation>Сохранить сессии из закладок в файл iCalendar</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print my agenda</source>
        <translation>Печать моего расписания</translation>
    </message>
    <message>
        <source>Print your bookmarked sessions by day (Ctrl+P)</source>
        <translation>Напечатать сессии из закладок по дням (Ctrl+P)</translation>
    </message>
    <message>
        <source>Your bookmarks could not be opened; see the message above.</source>
        <translation>Не удалось открыть закладки; см. сообщение выше.</translation>
    </message>
    <message>
        <source>Your bookmarks could not be read: {reason}</source>
        <translation>Не удалось прочитать закладки: {reason}</translation>
    </message>
    <message>
        <source>No bookmarks yet. Select a session in Programme and press Ctrl+D to add it.</source>
        <translation>Закладок пока нет. Выберите сессию в программе и нажмите Ctrl+D, чтобы добавить её.</translation>
    </message>
    <message>
        <source>Bookmarked sessions: {shown} of {count} shown</source>
        <translation>Сессий в закладках: {count}, показано: {shown}</translation>
    </message>
    <message>
        <source>Bookmarked sessions: {count}</source>
        <translation>Сессий в закладках: {count}</translation>
    </message>
    <message>
        <source>overlapping: {count}</source>
        <translation>пересекаются: {count}</translation>
    </message>
    <message>
        <source>ForumGuide ran into a problem</source>
        <translation>В ForumGuide произошла ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your saved notes are safe. The details are in the log file in {folder}; please include it if you report the problem.</source>
        <translation>Что-то пошло не так: {summary}

Сохранённые заметки в безопасности. Подробности — в журнале в папке {folder}; приложите его, если будете сообщать о проблеме.</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Открыть папку &amp;журнала</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Открыть папку журнала</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикеры</translation>
    </message>
    <message>
        <source>Time to be confirmed.</source>
        <translation>Время уточняется.</translation>
    </message>
    <message>
        <source>End time to be confirmed.</source>
        <translation>Время окончания уточняется.</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Моя заметка</translation>
    </message>
    <message>
        <source>Reminder: {title}</source>
        <translation>Напоминание: {title}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Мои заметки</translation>
    </message>
    <message>
        <source>Exported on {date}.</source>
        <translation>Экспортировано: {date}.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Sessions no longer in the programme</source>
        <translation>Сессии, которых больше нет в программе</translation>
    </message>
    <message>
        <source>removed from the programme</source>
        <translation>удалена из программы</translation>
    </message>
    <message>
        <source>Updated {date}</source>
        <translation>Обновлено: {date}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>Заметок: {count}</translation>
    </message>
    <message>
        <source>Time to be confirmed</source>
        <translation>Время уточняется</translation>
    </message>
    <message>
        <source>Date to be confirmed</source>
        <translation>Дата уточняется</translation>
    </message>
    <message>
        <source>Times in {zone} ({offset})</source>
        <translation>Время указано по поясу {zone} ({offset})</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Время указано по поясу {zone}</translation>
    </message>
    <message>
        <source>Overlaps another session you bookmarked</source>
        <translation>Пересекается с другой сессией из ваших закладок</translation>
    </message>
    <message>
        <source>There are no sessions to show.</source>
        <translation>Нет сессий для показа.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Невыполненные дальнейшие шаги</translation>
    </message>
    <message>
        <source>Calendar export options</source>
        <translation>Параметры экспорта в календарь</translation>
    </message>
    <message>
        <source>Which bookmarked sessions should go into the calendar file?</source>
        <translation>Какие сессии из закладок включить в файл календаря?</translation>
    </message>
    <message>
        <source>&amp;All bookmarks</source>
        <translation>&amp;Все закладки</translation>
    </message>
    <message>
        <source>All bookmarks</source>
        <translation>Все закладки</translation>
    </message>
    <message>
        <source>Bookmarks of this &amp;forum: {forum}</source>
        <translation>Закладки этого &amp;форума: {forum}</translation>
    </message>
    <message>
        <source>Bookmarks of this forum</source>
        <translation>Закладки этого форума</translation>
    </message>
    <message>
        <source>Bookmarks of one &amp;day:</source>
        <translation>Закладки одного &amp;дня:</translation>
    </message>
    <message>
        <source>Bookmarks of one day</source>
        <translation>Закладки одного дня</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>&amp;Напоминать перед каждой сессией</translation>
    </message>
    <message>
        <source>Remind me before each session</source>
        <translation>Напоминать перед каждой сессией</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> мин до начала</translation>
    </message>
    <message>
        <source>Minutes before the session</source>
        <translation>За сколько минут до сессии</translation>
    </message>
    <message>
        <source>Include my &amp;notes in the descriptions</source>
        <translation>Добавить мои &amp;заметки в описания</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Добавить мои заметки</translation>
    </message>
    <message>
        <source>Sessions whose time is not announced yet become all-day events that say so; those without a date are left out.</source>
        <translation>Сессии, время которых ещё не объявлено, станут событиями на весь день с пометкой об этом; сессии без даты не войдут.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export bookmarks to &amp;calendar…</source>
        <translation>Экспорт закладок в &amp;календарь…</translation>
    </message>
    <message>
        <source>Save your bookmarked sessions as an iCalendar (.ics) file</source>
        <translation>Сохранить сессии из закладок в файл iCalendar (.ics)</translation>
    </message>
    <message>
        <source>Export &amp;notes…</source>
        <translation>Экспорт &amp;заметок…</translation>
    </message>
    <message>
        <source>Save your notes as a Markdown or PDF document</source>
        <translation>Сохранить заметки в документ Markdown или PDF</translation>
    </message>
    <message>
        <source>Export pro&amp;gramme…</source>
        <translation>Экспорт про&amp;граммы…</translation>
    </message>
    <message>
        <source>Export personal da&amp;ta…</source>
        <translation>Экспорт &amp;личных данных…</translation>
    </message>
    <message>
        <source>{count} hidden room(s), track(s) or session(s) added.</source>
        <translation>Добавлено скрытых залов, направлений или сессий: {count}.</translation>
    </message>
    <message>
        <source>Save the programme of the current forum as a frab schedule (XML or JSON)</source>
        <translation>Сохранить программу текущего форума в формате frab (XML или JSON)</translation>
    </message>
    <message>
        <source>Save your bookmarks and notes to a file, to move them to another computer</source>
        <translation>Сохранить закладки и заметки в файл, чтобы перенести их на другой компьютер</translation>
    </message>
    <message>
        <source>I&amp;mport personal data…</source>
        <translation>И&amp;мпорт личных данных…</translation>
    </message>
    <message>
        <source>Add the bookmarks and notes of a personal-data file to yours</source>
        <translation>Добавить к вашим данным закладки и заметки из файла личных данных</translation>
    </message>
    <message>
        <source>Nothing was written.

{reason}</source>
        <translation>Ничего не записано.

{reason}</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are not open yet.</source>
        <translation>Ваши закладки и заметки ещё не открыты.</translation>
    </message>
    <message>
        <source>You have no bookmarks yet. Bookmark sessions in Programme with Ctrl+D.</source>
        <translation>У вас пока нет закладок. Добавляйте сессии в закладки в программе клавишами Ctrl+D.</translation>
    </message>
    <message>
        <source>None of the chosen bookmarks has a date yet, so there is nothing to put in a calendar.</source>
        <translation>Ни у одной из выбранных закладок ещё нет даты, поэтому добавлять в календарь нечего.</translation>
    </message>
    <message>
        <source>My agenda {date}</source>
        <translation>Моё расписание {date}</translation>
    </message>
    <message>
        <source>My agenda - {forum}</source>
        <translation>Моё расписание - {forum}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Файлы iCalendar (*.ics);;Все файлы (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to {file}.</source>
        <translation>
            <numerusform>В {file} сохранена %n сессия.</numerusform>
            <numerusform>В {file} сохранены %n сессии.</numerusform>
            <numerusform>В {file} сохранено %n сессий.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a date were left out.</source>
        <translation>
            <numerusform>%n сессия без даты не включена.</numerusform>
            <numerusform>%n сессии без даты не включены.</numerusform>
            <numerusform>%n сессий без даты не включены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer in the programme were left out.</source>
        <translation>
            <numerusform>%n сессия, которой больше нет в программе, не включена.</numerusform>
            <numerusform>%n сессии, которых больше нет в программе, не включены.</numerusform>
            <numerusform>%n сессий, которых больше нет в программе, не включены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <source>You have no notes yet.</source>
        <translation>У вас пока нет заметок.</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF documents (*.pdf)</source>
        <translation>Markdown (*.md);;Документы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n note(s) to {file}.</source>
        <translation>
            <numerusform>В {file} сохранена %n заметка.</numerusform>
            <numerusform>В {file} сохранены %n заметки.</numerusform>
            <numerusform>В {file} сохранено %n заметок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Экспорт программы</translation>
    </message>
    <message>
        <source>Choose a forum first.</source>
        <translation>Сначала выберите форум.</translation>
    </message>
    <message>
        <source>frab schedule XML (*.xml);;frab schedule JSON (*.json)</source>
        <translation>Программа frab XML (*.xml);;Программа frab JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the programme of {forum} to {file}.</source>
        <translation>Программа форума «{forum}» сохранена в {file}.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Экспорт личных данных</translation>
    </message>
    <message>
        <source>ForumGuide personal data {date}</source>
        <translation>Личные данные ForumGuide {date}</translation>
    </message>
    <message>
        <source>ForumGuide personal data (*.json);;All files (*)</source>
        <translation>Личные данные ForumGuide (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Saved {bookmarks} bookmark(s) and {notes} note(s) to {file}.</source>
        <translation>Сохранено в {file}: закладок — {bookmarks}, заметок — {notes}.</translation>
    </message>
    <message>
        <source>Import personal data</source>
        <translation>Импорт личных данных</translation>
    </message>
    <message>
        <source>Your note being edited could not be saved, so nothing was imported.</source>
        <translation>Редактируемую заметку не удалось сохранить, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>Nothing was imported.

{reason}</source>
        <translation>Ничего не импортировано.

{reason}</translation>
    </message>
    <message>
        <source>Imported {file}: {bookmarks} bookmark(s) and {notes} note(s) added, {merged} note(s) combined with yours (both texts kept), {unchanged} already here.</source>
        <translation>Импортирован {file}. Добавлено закладок: {bookmarks}, заметок: {notes}; объединено с вашими заметок: {merged} (оба текста сохранены); уже были: {unchanged}.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>дней: {days}</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} ч {minutes:02d} мин</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>dddd, d MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date pattern</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Dates to be confirmed</source>
        <translation>Даты уточняются</translation>
    </message>
    <message>
        <source>Year inferred: {reason}</source>
        <translation>Год установлен косвенно: {reason}</translation>
    </message>
    <message>
        <source>year inferred</source>
        <translation>год установлен косвенно</translation>
    </message>
    <message>
        <source>{zone}, {offset}</source>
        <translation>{zone}, {offset}</translation>
    </message>
    <message>
        <source>your time, {offset}</source>
        <translation>ваше время, {offset}</translation>
    </message>
    <message>
        <source>time TBC</source>
        <translation>время уточн.</translation>
    </message>
    <message>
        <source>Date and time to be confirmed</source>
        <translation>Дата и время уточняются</translation>
    </message>
    <message>
        <source>{date}, time to be confirmed</source>
        <translation>{date}, время уточняется</translation>
    </message>
    <message>
        <source>{date}, {clock} ({zone})</source>
        <translation>{date}, {clock} ({zone})</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>новостной материал</translation>
    </message>
    <message>
        <source>forum website</source>
        <translation>сайт форума</translation>
    </message>
    <message>
        <source>opinion article</source>
        <translation>авторская статья</translation>
    </message>
    <message>
        <source>official programme</source>
        <translation>официальная программа</translation>
    </message>
    <message>
        <source>published schedule</source>
        <translation>опубликованная программа</translation>
    </message>
    <message>
        <source>Source file: {name}</source>
        <translation>Исходный файл: {name}</translation>
    </message>
    <message>
        <source>descriptive title; the document has no headline</source>
        <translation>описательное название; у документа нет заголовка</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Ссылки</translation>
    </message>
    <message>
        <source>descriptive title; the sources give no official title</source>
        <translation>описательное название; в источниках нет официального</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Co-organised with</source>
        <translation>Соорганизаторы</translation>
    </message>
    <message>
        <source>About this session</source>
        <translation>О сессии</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Организаторы</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Billed as</source>
        <translation>Указано в программе</translation>
    </message>
    <message>
        <source>Time zone of the schedule</source>
        <translation>Часовой пояс программы</translation>
    </message>
    <message>
        <source>{file} does not say which time zone its times are in.
Choose the conference&apos;s time zone:</source>
        <translation>В файле {file} не сказано, в каком часовом поясе указано время.
Выберите часовой пояс конференции:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Schedule imported</source>
        <translation>Программа импортирована</translation>
    </message>
    <message>
        <source>{forum}: {sessions} sessions and {people} people. Times are in {zone}.</source>
        <translation>{forum}: сессий — {sessions}, людей — {people}. Время указано по поясу {zone}.</translation>
    </message>
    <message>
        <source>It replaces the earlier version; no session was added, removed or moved.</source>
        <translation>Она заменяет прежнюю версию; ни одна сессия не добавлена, не удалена и не перенесена.</translation>
    </message>
    <message>
        <source>It replaces the earlier version: {added} added, {removed} removed, {moved} moved.</source>
        <translation>Она заменяет прежнюю версию. Добавлено: {added}, удалено: {removed}, перенесено: {moved}.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Итоги импорта</translation>
    </message>
    <message>
        <source>Changed sessions</source>
        <translation>Изменённые сессии</translation>
    </message>
    <message>
        <source>time to be confirmed</source>
        <translation>время уточняется</translation>
    </message>
    <message>
        <source>(bookmarked)</source>
        <translation>(в закладках)</translation>
    </message>
    <message>
        <source>Added: {title} ({place})</source>
        <translation>Добавлена: {title} ({place})</translation>
    </message>
    <message>
        <source>Removed: {title} (was {place})</source>
        <translation>Удалена: {title} (была: {place})</translation>
    </message>
    <message>
        <source>Moved: {title} ({before} → {after})</source>
        <translation>Перенесена: {title} ({before} → {after})</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>Импорт программы</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation>Программы (*.xml *.json *.ics);;Все файлы (*)</translation>
    </message>
    <message>
        <source>{file} could not be imported; nothing was changed.</source>
        <translation>Не удалось импортировать {file}; ничего не изменено.</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>Ошибка импорта</translation>
    </message>
    <message>
        <source>{file} was not imported: another import is still running.</source>
        <translation>{file} не импортирован: ещё идёт другой импорт.</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Импорт {file}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;System ({language})</source>
        <translation>&amp;Системный ({language})</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <source>My &amp;agenda</source>
        <translation>&amp;Моё расписание</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Сп&amp;икеры</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <source>Choose the forum to show</source>
        <translation>Выберите форум</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search sessions, speakers and notes (Ctrl+F)</source>
        <translation>Поиск по сессиям, спикерам и заметкам (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Bookmark session</source>
        <translation>&amp;Добавить сессию в закладки</translation>
    </message>
    <message>
        <source>Show times in &amp;my time zone</source>
        <translation>Время в моём &amp;часовом поясе</translation>
    </message>
    <message>
        <source>Times in my time &amp;zone</source>
        <translation>Время в мо&amp;ём часовом поясе</translation>
    </message>
    <message>
        <source>Show times in my time zone</source>
        <translation>Показывать время в моём часовом поясе</translation>
    </message>
    <message>
        <source>Show session times in this computer&apos;s time zone instead of the forum&apos;s</source>
        <translation>Показывать время сессий в часовом поясе этого компьютера, а не форума</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>ваш пояс</translation>
    </message>
    <message>
        <source>forum time</source>
        <translation>пояс форума</translation>
    </message>
    <message>
        <source>Search results by &amp;relevance</source>
        <translation>Результаты поиска по &amp;релевантности</translation>
    </message>
    <message>
        <source>List the sessions found best match first instead of by day and time</source>
        <translation>Показывать найденные сессии от наиболее подходящих, а не по дню и времени</translation>
    </message>
    <message>
        <source>Programme as &amp;timetable</source>
        <translation>Программа в виде сет&amp;ки</translation>
    </message>
    <message>
        <source>Show a day of the programme as a timetable of rooms and hours</source>
        <translation>Показать день программы сеткой по залам и часам</translation>
    </message>
    <message>
        <source>&amp;Jump to now</source>
        <translation>Перейти к &amp;текущему</translation>
    </message>
    <message>
        <source>Show the sessions on now in the programme</source>
        <translation>Показать в программе идущие сейчас сессии</translation>
    </message>
    <message>
        <source>Now and ne&amp;xt</source>
        <translation>Сейчас и &amp;далее</translation>
    </message>
    <message>
        <source>What is on now and what starts next, your bookmarked sessions first (Ctrl+N)</source>
        <translation>Что идёт сейчас и что начнётся дальше; сначала сессии из ваших закладок (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>&amp;Импорт программы…</translation>
    </message>
    <message>
        <source>Import a conference schedule (frab or Pentabarf XML, frab or pretalx JSON)</source>
        <translation>Импортировать программу конференции (XML frab или Pentabarf, JSON frab или pretalx)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation>Дальнейшие &amp;шаги</translation>
    </message>
    <message>
        <source>The lines of your notes that begin with [ ]</source>
        <translation>Строки ваших заметок, начинающиеся с [ ]</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About ForumGuide</source>
        <translation>&amp;О программе ForumGuide</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Fo&amp;rum:</source>
        <translation>Фор&amp;ум:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сессия</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>No programme could be opened. Reinstall ForumGuide, or import a schedule.</source>
        <translation>Не удалось открыть ни одну программу. Переустановите ForumGuide или импортируйте программу.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are still being opened; please wait.</source>
        <translation>Закладки и заметки ещё открываются; подождите.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes could not be opened: {error}</source>
        <translation>Не удалось открыть закладки и заметки: {error}</translation>
    </message>
    <message>
        <source>Opening your bookmarks and notes</source>
        <translation>Открываются закладки и заметки</translation>
    </message>
    <message>
        <source>That session is no longer in the programme.</source>
        <translation>Этой сессии больше нет в программе.</translation>
    </message>
    <message>
        <source>&amp;Remind me of bookmarked sessions</source>
        <translation>&amp;Напоминать о сессиях из закладок</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Никогда</translation>
    </message>
    <message>
        <source>{minutes} minutes before</source>
        <translation>За {minutes} мин до начала</translation>
    </message>
    <message>
        <source>Added back: {bookmarks} bookmark(s), {notes} note(s), and {merged} note(s) combined with yours (both texts kept).</source>
        <translation>Возвращено закладок: {bookmarks}, заметок: {notes}; объединено с вашими заметок: {merged} (оба текста сохранены).</translation>
    </message>
    <message>
        <source>The notes found could not be added back: {reason}</source>
        <translation>Не удалось вернуть найденные заметки: {reason}</translation>
    </message>
    <message>
        <source>Adding back the notes found</source>
        <translation>Возвращаются найденные заметки</translation>
    </message>
    <message>
        <source>Backing up your bookmarks and notes</source>
        <translation>Резервное копирование закладок и заметок</translation>
    </message>
    <message>
        <source>{path} is not a file that can be opened.</source>
        <translation>{path} — не файл, который можно открыть.</translation>
    </message>
    <message>
        <source>About ForumGuide</source>
        <translation>О программе ForumGuide</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ForumGuide {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline guide to international forums: the programme, the speakers, your bookmarks and your notes.&lt;/p&gt;&lt;p&gt;Your data is kept in {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ForumGuide {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Офлайн-путеводитель по международным форумам: программа, спикеры, ваши закладки и заметки.&lt;/p&gt;&lt;p&gt;Ваши данные хранятся в папке {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your note is not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
    <message>
        <source>Your note could not be saved. Close anyway and lose the unsaved text?</source>
        <translation>Не удалось сохранить заметку. Всё равно закрыть и потерять несохранённый текст?</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Search results: {count}</source>
        <translation>Результаты поиска: {count}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>В закладках</translation>
    </message>
    <message>
        <source>Not bookmarked</source>
        <translation>Не в закладках</translation>
    </message>
    <message>
        <source>{marks}, has a note</source>
        <translation>{marks}, есть заметка</translation>
    </message>
    <message>
        <source>Click to bookmark or to remove the bookmark (Ctrl+D)</source>
        <translation>Нажмите, чтобы добавить в закладки или удалить из закладок (Ctrl+D)</translation>
    </message>
    <message>
        <source>✎ You have a note on this session.</source>
        <translation>✎ У вас есть заметка об этой сессии.</translation>
    </message>
    <message>
        <source>Changed by the last update: {title}</source>
        <translation>Изменено при последнем обновлении: {title}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Free time: {h} h {m:02d} min</source>
        <translation>Свободное время: {h} ч {m:02d} мин</translation>
    </message>
    <message>
        <source>Free time: {m} min</source>
        <translation>Свободное время: {m} мин</translation>
    </message>
    <message>
        <source>Its programme was removed</source>
        <translation>Программа удалена</translation>
    </message>
    <message>
        <source>Removed from the programme</source>
        <translation>Удалена из программы</translation>
    </message>
    <message>
        <source>⚠ Overlaps another bookmark</source>
        <translation>⚠ Пересекается с другой закладкой</translation>
    </message>
    <message>
        <source>⚠ Overlaps {titles}</source>
        <translation>⚠ Пересекается с {titles}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Overlaps {title} and %n more</source>
        <translation>
            <numerusform>⚠ Пересекается с {title} и ещё %n сессией</numerusform>
            <numerusform>⚠ Пересекается с {title} и ещё %n сессиями</numerusform>
            <numerusform>⚠ Пересекается с {title} и ещё %n сессиями</numerusform>
        </translation>
    </message>
    <message>
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Person: </source>
        <translation>Человек: </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Дальнейший шаг</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Человек: {name}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>open</source>
        <translation>не выполнено</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Lines in your notes that begin with [ ] or - [ ]. Space ticks one off; Enter opens what its note is about.</source>
        <translation>Строки ваших заметок, начинающиеся с [ ] или - [ ]. Пробел отмечает строку выполненной; Enter открывает то, к чему относится её заметка.</translation>
    </message>
    <message>
        <source>Your follow-ups could not be read: {reason}</source>
        <translation>Не удалось прочитать дальнейшие шаги: {reason}</translation>
    </message>
    <message>
        <source>Opening your notes…</source>
        <translation>Открываются заметки…</translation>
    </message>
    <message>
        <source>No follow-ups yet. Begin a line of a note with [ ] to add one.</source>
        <translation>Дальнейших шагов пока нет. Чтобы добавить шаг, начните строку заметки с [ ].</translation>
    </message>
    <message>
        <source>Open follow-ups: {open} of {count}</source>
        <translation>Дальнейшие шаги: не выполнено {open} из {count}</translation>
    </message>
    <message>
        <source>“{text}” was changed in its note meanwhile; the list is shown again.</source>
        <translation>Строку «{text}» тем временем изменили в её заметке; список показан заново.</translation>
    </message>
    <message>
        <source>The follow-up was not ticked: {reason}</source>
        <translation>Шаг не отмечен: {reason}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Your notes could not be opened; see the message above.</source>
        <translation>Не удалось открыть заметки; см. сообщение выше.</translation>
    </message>
    <message>
        <source>{title} (removed from the programme)</source>
        <translation>{title} (удалена из программы)</translation>
    </message>
    <message>
        <source>Notes &amp;list</source>
        <translation>Спис&amp;ок заметок</translation>
    </message>
    <message>
        <source>Show the list of notes</source>
        <translation>Показать список заметок</translation>
    </message>
    <message>
        <source>Every note, to read and edit</source>
        <translation>Все заметки — для чтения и правки</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>&amp;Дальнейшие шаги</translation>
    </message>
    <message>
        <source>Show the follow-ups</source>
        <translation>Показать дальнейшие шаги</translation>
    </message>
    <message>
        <source>The lines of your notes that begin with [ ], to tick off (Ctrl+5)</source>
        <translation>Строки ваших заметок, начинающиеся с [ ], — отмечайте выполненные (Ctrl+5)</translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation>Сор&amp;тировка:</translation>
    </message>
    <message>
        <source>Sort notes by</source>
        <translation>Сортировка заметок</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Время сессии</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Удалить выбранную заметку</translation>
    </message>
    <message>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation>Удалить выбранную заметку (Delete); Ctrl+Z вернёт её</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>When the note was written</source>
        <translation>Когда написана заметка</translation>
    </message>
    <message>
        <source>{title} (its programme was removed)</source>
        <translation>{title} (программа удалена)</translation>
    </message>
    <message>
        <source>Your notes could not be read: {reason}</source>
        <translation>Не удалось прочитать заметки: {reason}</translation>
    </message>
    <message>
        <source>Notes: {count}</source>
        <translation>Заметок: {count}</translation>
    </message>
    <message>
        <source>No note contains “{query}”.</source>
        <translation>Ни одна заметка не содержит «{query}».</translation>
    </message>
    <message>
        <source>No notes yet. Select a session and type in “Your note”.</source>
        <translation>Заметок пока нет. Выберите сессию и пишите в поле «Ваша заметка».</translation>
    </message>
    <message>
        <source>Select a note to read and edit it; press Enter to open what it is about.</source>
        <translation>Выберите заметку, чтобы прочитать и изменить её; нажмите Enter, чтобы открыть то, к чему она относится.</translation>
    </message>
    <message>
        <source>Written {created} · last edited {edited}</source>
        <translation>Создана: {created} · изменена: {edited}</translation>
    </message>
    <message>
        <source>Last edited {edited}</source>
        <translation>Изменена: {edited}</translation>
    </message>
    <message>
        <source>{forum} has not started: it begins on {date}.</source>
        <translation>«{forum}» ещё не начался: начало — {date}.</translation>
    </message>
    <message>
        <source>{forum} is over: it ended on {date}.</source>
        <translation>«{forum}» завершился: окончание — {date}.</translation>
    </message>
    <message>
        <source>Now and next</source>
        <translation>Сейчас и далее</translation>
    </message>
    <message>
        <source>Sessions on now and next</source>
        <translation>Сессии, идущие сейчас и следующие</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Show in the &amp;programme</source>
        <translation>Показать в &amp;программе</translation>
    </message>
    <message>
        <source>Show now in the programme</source>
        <translation>Показать текущее в программе</translation>
    </message>
    <message>
        <source>No programme is open.</source>
        <translation>Ни одна программа не открыта.</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Мои сессии</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>Идут сейчас</translation>
    </message>
    <message>
        <source>Next in each room</source>
        <translation>Следующие в каждом зале</translation>
    </message>
    <message>
        <source>Nothing is on or coming up today.</source>
        <translation>Сегодня ничего не идёт и больше не начнётся.</translation>
    </message>
    <message>
        <source>{forum}: {date}, {time} ({zone})</source>
        <translation>{forum}: {date}, {time} ({zone})</translation>
    </message>
    <message>
        <source>until {end}, {span} left</source>
        <translation>до {end}, осталось {span}</translation>
    </message>
    <message>
        <source>{start}, in {span}</source>
        <translation>{start}, через {span}</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF на бумаге A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF на бумаге US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>&amp;Печать моего расписания…</translation>
    </message>
    <message>
        <source>Print your bookmarked sessions by day, with room for notes</source>
        <translation>Напечатать сессии из закладок по дням, с местом для заметок</translation>
    </message>
    <message>
        <source>Save my agenda as P&amp;DF…</source>
        <translation>Сохранить расписание в P&amp;DF…</translation>
    </message>
    <message>
        <source>Save your bookmarked sessions by day as a PDF, to print or carry</source>
        <translation>Сохранить сессии из закладок по дням в PDF, чтобы напечатать или взять с собой</translation>
    </message>
    <message>
        <source>Print the day &amp;shown…</source>
        <translation>Печать показанного &amp;дня…</translation>
    </message>
    <message>
        <source>Print the programme of the day shown in the timetable</source>
        <translation>Напечатать программу дня, показанного в сетке</translation>
    </message>
    <message>
        <source>Save the day shown as PD&amp;F…</source>
        <translation>Сохранить показанный день в PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the programme of the day shown in the timetable as a PDF</source>
        <translation>Сохранить программу дня, показанного в сетке, в PDF</translation>
    </message>
    <message>
        <source>date to be confirmed</source>
        <translation>дата уточняется</translation>
    </message>
    <message>
        <source>Save my agenda as PDF</source>
        <translation>Сохранить расписание в PDF</translation>
    </message>
    <message>
        <source>Print the day shown</source>
        <translation>Печать показанного дня</translation>
    </message>
    <message>
        <source>Save the day shown as PDF</source>
        <translation>Сохранить показанный день в PDF</translation>
    </message>
    <message>
        <source>Print {name}</source>
        <translation>Печать: {name}</translation>
    </message>
    <message>
        <source>{name} was sent to the printer.</source>
        <translation>«{name}» отправлено на печать.</translation>
    </message>
    <message>
        <source>Saved {name} to {file}.</source>
        <translation>«{name}» сохранено в {file}.</translation>
    </message>
    <message>
        <source>About this forum</source>
        <translation>Об этом форуме</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>За&amp;л:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>Форма&amp;т:</translation>
    </message>
    <message>
        <source>A&amp;bout this forum</source>
        <translation>Об &amp;этом форуме</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>Спис&amp;ок</translation>
    </message>
    <message>
        <source>Show the programme as a list</source>
        <translation>Показать программу списком</translation>
    </message>
    <message>
        <source>T&amp;imetable</source>
        <translation>С&amp;етка</translation>
    </message>
    <message>
        <source>Show a day of the programme as a timetable</source>
        <translation>Показать день программы сеткой</translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation>Сей&amp;час</translation>
    </message>
    <message>
        <source>Jump to now</source>
        <translation>Перейти к текущему</translation>
    </message>
    <message>
        <source>Jump to the sessions on now (Ctrl+J)</source>
        <translation>Перейти к идущим сейчас сессиям (Ctrl+J)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессии</translation>
    </message>
    <message>
        <source>The documents name no sessions of this forum.</source>
        <translation>В документах не названо ни одной сессии этого форума.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Сведения о сессии</translation>
    </message>
    <message>
        <source>Bookmark this session</source>
        <translation>Добавить эту сессию в закладки</translation>
    </message>
    <message>
        <source>Bookmark this session (Ctrl+D)</source>
        <translation>Добавить эту сессию в закладки (Ctrl+D)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Фильтр: {name}</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Показать…</translation>
    </message>
    <message>
        <source>Show hidden sessions again</source>
        <translation>Снова показать скрытые сессии</translation>
    </message>
    <message>
        <source>Show hidden rooms, tracks or sessions again</source>
        <translation>Снова показать скрытые залы, направления или сессии</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>“{title}” is hidden. Choose Show… below the list to see it again.</source>
        <translation>Сессия «{title}» скрыта. Чтобы снова увидеть её, нажмите «Показать…» под списком.</translation>
    </message>
    <message>
        <source>Hidd&amp;en: {count}</source>
        <translation>Скр&amp;ыто: {count}</translation>
    </message>
    <message>
        <source>Session menu</source>
        <translation>Меню сессии</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>Сор&amp;тировка</translation>
    </message>
    <message>
        <source>&amp;Day and time</source>
        <translation>По &amp;дню и времени</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>По &amp;названию</translation>
    </message>
    <message>
        <source>&amp;Speakers (family name)</source>
        <translation>По &amp;фамилиям спикеров</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>По на&amp;правлению</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>По &amp;залу</translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation>&amp;Удалить из закладок</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Добавить в закладки</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Добавить в &amp;календарь…</translation>
    </message>
    <message>
        <source>Copy &amp;title and time</source>
        <translation>Копировать название и &amp;время</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>&amp;Открыть ссылку</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>&amp;Hide this session</source>
        <translation>&amp;Скрыть эту сессию</translation>
    </message>
    <message>
        <source>Hide &amp;room “{name}”</source>
        <translation>Скрыть &amp;зал «{name}»</translation>
    </message>
    <message>
        <source>Hide trac&amp;k “{name}”</source>
        <translation>Скрыть &amp;направление «{name}»</translation>
    </message>
    <message>
        <source>Copied “{title}”.</source>
        <translation>Скопировано: «{title}».</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Добавить в календарь</translation>
    </message>
    <message>
        <source>This session has no date yet: nothing was saved.</source>
        <translation>У этой сессии ещё нет даты: ничего не сохранено.</translation>
    </message>
    <message>
        <source>Saved “{title}” to {file}.</source>
        <translation>Сессия «{title}» сохранена в {file}.</translation>
    </message>
    <message>
        <source>Room: {name}</source>
        <translation>Зал: {name}</translation>
    </message>
    <message>
        <source>Track: {name}</source>
        <translation>Направление: {name}</translation>
    </message>
    <message>
        <source>Session: {name}</source>
        <translation>Сессия: {name}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>Показать &amp;все</translation>
    </message>
    <message>
        <source>Person menu</source>
        <translation>Меню человека</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>&amp;Копировать имя</translation>
    </message>
    <message>
        <source>Show &amp;sessions and biography</source>
        <translation>Показать &amp;сессии и биографию</translation>
    </message>
    <message>
        <source>&amp;Open a session</source>
        <translation>&amp;Открыть сессию</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Все направления</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Все залы</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Все форматы</translation>
    </message>
    <message>
        <source>No session of {forum} is on now or later today.</source>
        <translation>Ни одна сессия форума «{forum}» не идёт сейчас и не начнётся сегодня позже.</translation>
    </message>
    <message>
        <source>No session matches “{query}”.</source>
        <translation>Нет сессий по запросу «{query}».</translation>
    </message>
    <message>
        <source>No sessions to show with these filters.</source>
        <translation>С такими фильтрами сессий нет.</translation>
    </message>
    <message>
        <source>&amp;Your note on this session</source>
        <translation>Ваша замет&amp;ка о сессии</translation>
    </message>
    <message>
        <source>&amp;Your note</source>
        <translation>Ваша замет&amp;ка</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ В закладках</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ В закладки</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was missing.</source>
        <translation>Файл закладок и заметок отсутствовал.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was empty; it was kept as {path}.</source>
        <translation>Файл закладок и заметок был пуст; он сохранён как {path}.</translation>
    </message>
    <message>
        <source>The file in the place of your bookmarks and notes was not ForumGuide&apos;s; it was moved, unchanged, to {path}.</source>
        <translation>На месте файла закладок и заметок был чужой файл, не ForumGuide; он перемещён без изменений в {path}.</translation>
    </message>
    <message>
        <source>Something that is not a file was in the place of your bookmarks and notes; it was moved to {path}.</source>
        <translation>На месте файла закладок и заметок было что-то, что не является файлом; оно перемещено в {path}.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was damaged; it was kept as {path}.</source>
        <translation>Файл закладок и заметок был повреждён; он сохранён как {path}.</translation>
    </message>
    <message>
        <source>When ForumGuide started on {time}:</source>
        <translation>При запуске ForumGuide {time}:</translation>
    </message>
    <message>
        <source>The backup of {time} was restored.</source>
        <translation>Восстановлена резервная копия от {time}.</translation>
    </message>
    <message>
        <source>No backup could be restored, so an empty file was started.</source>
        <translation>Ни одну резервную копию восстановить не удалось, поэтому начат пустой файл.</translation>
    </message>
    <message>
        <source>{notes} note(s) and {bookmarks} bookmark(s) were found only in the files set aside; you can add them back.</source>
        <translation>Только в отложенных файлах найдены заметки ({notes}) и закладки ({bookmarks}); их можно вернуть.</translation>
    </message>
    <message>
        <source>{count} hidden room(s), track(s) or session(s) were found there too.</source>
        <translation>В них также найдено скрытых залов, направлений или сессий: {count}.</translation>
    </message>
    <message>
        <source>What happened to your bookmarks and notes</source>
        <translation>Что произошло с вашими закладками и заметками</translation>
    </message>
    <message>
        <source>Add them ba&amp;ck</source>
        <translation>Вернуть и&amp;х</translation>
    </message>
    <message>
        <source>&amp;Go to the folder</source>
        <translation>Пере&amp;йти в папку</translation>
    </message>
    <message>
        <source>&amp;OK, I have read this</source>
        <translation>Прочитано, у&amp;брать</translation>
    </message>
    <message>
        <source>Add the notes and bookmarks found back</source>
        <translation>Вернуть найденные заметки и закладки</translation>
    </message>
    <message>
        <source>The newer backup of {time} ({file}) could not be restored because the disk is full. Free some space and start ForumGuide again to get back what it holds.</source>
        <translation>Более новую резервную копию от {time} ({file}) не удалось восстановить: диск заполнен. Освободите место и снова запустите ForumGuide, чтобы вернуть её содержимое.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) is damaged and could not be used.</source>
        <translation>Резервная копия от {time} ({file}) повреждена, и её не удалось использовать.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) was written by a newer version of ForumGuide and could not be used.</source>
        <translation>Резервная копия от {time} ({file}) создана более новой версией ForumGuide, и её не удалось использовать.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored: the folder or file is read-only.</source>
        <translation>Резервную копию от {time} ({file}) не удалось восстановить: папка или файл доступны только для чтения.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored: the file is locked by another program.</source>
        <translation>Резервную копию от {time} ({file}) не удалось восстановить: файл заблокирован другой программой.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored ({reason}).</source>
        <translation>Резервную копию от {time} ({file}) не удалось восстановить ({reason}).</translation>
    </message>
    <message>
        <source>Show the folder of the files set aside</source>
        <translation>Показать папку с отложенными файлами</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Soon: {count} of your sessions</source>
        <translation>Скоро ваши сессии: {count}</translation>
    </message>
    <message>
        <source>Soon: {title}</source>
        <translation>Скоро: {title}</translation>
    </message>
    <message>
        <source>Starts at {start} in {room}.</source>
        <translation>Начало в {start}, зал: {room}.</translation>
    </message>
    <message>
        <source>Starts at {start}.</source>
        <translation>Начало в {start}.</translation>
    </message>
    <message>
        <source>(in {span})</source>
        <translation>(через {span})</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>&amp;Jump to the session</source>
        <translation>Показать сесси&amp;ю</translation>
    </message>
    <message>
        <source>Show the session of this reminder</source>
        <translation>Показать сессию из этого напоминания</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Закрыть напоминание</translation>
    </message>
    <message>
        <source>Speaker details</source>
        <translation>Сведения о спикере</translation>
    </message>
    <message>
        <source>&amp;Your note on this person</source>
        <translation>Ваша замет&amp;ка о человеке</translation>
    </message>
    <message>
        <source>Nobody matches “{query}”.</source>
        <translation>По запросу «{query}» никого не найдено.</translation>
    </message>
    <message>
        <source>No speakers in this programme.</source>
        <translation>В этой программе нет спикеров.</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Сетка</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Без зала</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Направление: {track}</translation>
    </message>
    <message>
        <source>Day shown in the timetable</source>
        <translation>День, показанный в сетке</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Minus)</source>
        <translation>Уменьшить (Ctrl+Минус)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Plus)</source>
        <translation>Увеличить (Ctrl+Плюс)</translation>
    </message>
    <message>
        <source>&amp;Time to be confirmed:</source>
        <translation>Время у&amp;точняется:</translation>
    </message>
    <message>
        <source>Sessions of this day with no time yet</source>
        <translation>Сессии этого дня, у которых ещё нет времени</translation>
    </message>
    <message>
        <source>Date TBC</source>
        <translation>Дата уточн.</translation>
    </message>
    <message>
        <source>No session of this day has a time yet.</source>
        <translation>Ни у одной сессии этого дня ещё нет времени.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Выполняемая работа</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Отменить выполняемую работу</translation>
    </message>
    <message>
        <source>Cancelling: {work}</source>
        <translation>Отмена: {work}</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <source>Type your notes here; they are saved as you type.</source>
        <translation>Пишите заметки здесь; они сохраняются по мере ввода.</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Состояние заметки</translation>
    </message>
    <message>
        <source>Your note could not be read: {reason}</source>
        <translation>Не удалось прочитать заметку: {reason}</translation>
    </message>
    <message>
        <source>Not saved yet; saving is being retried.</source>
        <translation>Ещё не сохранено; сохранение повторяется.</translation>
    </message>
    <message>
        <source>This note could not be read.</source>
        <translation>Эту заметку не удалось прочитать.</translation>
    </message>
    <message>
        <source>This note is too long to edit here ({count} characters); its beginning is shown and the whole note is kept. Export your notes to read all of it.</source>
        <translation>Заметка слишком длинная для правки здесь (символов: {count}); показано начало, а сохраняется вся заметка. Чтобы прочитать её целиком, экспортируйте заметки.</translation>
    </message>
    <message>
        <source>Your notes are open read-only.</source>
        <translation>Заметки открыты только для чтения.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сохранено в {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) waiting to be saved.</source>
        <translation>
            <numerusform>Ещё %n заметка ждёт сохранения.</numerusform>
            <numerusform>Ещё %n заметки ждут сохранения.</numerusform>
            <numerusform>Ещё %n заметок ждут сохранения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n заметка ждёт сохранения.</numerusform>
            <numerusform>%n заметки ждут сохранения.</numerusform>
            <numerusform>%n заметок ждут сохранения.</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Правка…</translation>
    </message>
    <message>
        <source>This note was changed elsewhere meanwhile; both texts are kept.</source>
        <translation>Эту заметку тем временем изменили в другом месте; сохранены оба текста.</translation>
    </message>
    <message>
        <source>Your notes are saved again.</source>
        <translation>Заметки снова сохраняются.</translation>
    </message>
    <message>
        <source>Your note is not saved yet: {reason} The text is kept and saving is retried.</source>
        <translation>Заметка ещё не сохранена: {reason} Текст не потерян, сохранение повторяется.</translation>
    </message>
    <message>
        <source>Saved; other notes are waiting to be saved.</source>
        <translation>Сохранено; другие заметки ждут сохранения.</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation>папка находится на диске только для чтения</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>квота диска исчерпана</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папки не существует</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>мешает папка с таким же именем</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>The folder or file is read-only.</source>
        <translation>Папка или файл доступны только для чтения.</translation>
    </message>
    <message>
        <source>The file is locked by another program.</source>
        <translation>Файл заблокирован другой программой.</translation>
    </message>
    <message>
        <source>The programme catalog {file} does not exist.</source>
        <translation>Каталог программы {file} не существует.</translation>
    </message>
    <message>
        <source>The programme catalog {file} cannot be read ({reason}).</source>
        <translation>Не удалось прочитать каталог программы {file} ({reason}).</translation>
    </message>
    <message>
        <source>The programme catalog {file} was written by a newer version of ForumGuide (schema {version}; this version reads {current}). Update ForumGuide to open it.</source>
        <translation>Каталог программы {file} создан более новой версией ForumGuide (схема {version}; эта версия читает схему {current}). Обновите ForumGuide, чтобы открыть его.</translation>
    </message>
    <message>
        <source>The programme catalog {file} is of schema {version}, too old for this version of ForumGuide; import its schedule again.</source>
        <translation>Каталог программы {file} имеет схему {version}, слишком старую для этой версии ForumGuide; импортируйте его программу заново.</translation>
    </message>
    <message>
        <source>The programme catalog {file} is of an older version and was not opened; reinstall ForumGuide.</source>
        <translation>Каталог программы {file} более старой версии и не был открыт; переустановите ForumGuide.</translation>
    </message>
    <message>
        <source>The programme catalog {file} is damaged ({reason}).</source>
        <translation>Каталог программы {file} повреждён ({reason}).</translation>
    </message>
    <message>
        <source>The programme catalog {file} could not be upgraded to this version ({reason}); it was left as it was.</source>
        <translation>Каталог программы {file} не удалось обновить до этой версии ({reason}); он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The bundled programme cannot be removed.</source>
        <translation>Встроенную программу удалить нельзя.</translation>
    </message>
    <message>
        <source>There is no imported programme {programme}.</source>
        <translation>Импортированной программы {programme} нет.</translation>
    </message>
    <message>
        <source>{file} could not be deleted ({reason}).</source>
        <translation>Не удалось удалить {file} ({reason}).</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of ForumGuide (format {version}); it is open read-only so that nothing in it is changed.</source>
        <translation>{file} создан более новой версией ForumGuide (формат {version}); он открыт только для чтения, чтобы в нём ничего не изменилось.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: your notes can be read but not changed.</source>
        <translation>Папка {folder} доступна только для чтения: заметки можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>The file {file} is read-only: your notes can be read but not changed.</source>
        <translation>Файл {file} доступен только для чтения: заметки можно читать, но не изменять.</translation>
    </message>
    <message>
        <source>The system reported: {reason}.</source>
        <translation>Система сообщила: {reason}.</translation>
    </message>
    <message>
        <source>There is no way to upgrade your bookmarks and notes from format {version} to {target}; use the version of ForumGuide that wrote them.</source>
        <translation>Закладки и заметки нельзя обновить с формата {version} до {target}; используйте ту версию ForumGuide, которая их записала.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} is damaged and needs to be recovered, but its folder is read-only, so it was left as it is.</source>
        <translation>Файл закладок и заметок {file} повреждён и требует восстановления, но его папка доступна только для чтения, поэтому он оставлен как есть.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be read.</source>
        <translation>Не удалось прочитать файл закладок и заметок {file}.</translation>
    </message>
    <message>
        <source>The folder {file} could not be created.</source>
        <translation>Не удалось создать папку {file}.</translation>
    </message>
    <message>
        <source>The folder {file} is read-only, so your bookmarks and notes cannot be kept there.</source>
        <translation>Папка {file} доступна только для чтения, поэтому закладки и заметки нельзя хранить в ней.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} cannot be created: the file is read-only.</source>
        <translation>Не удаётся создать файл закладок и заметок {file}: файл доступен только для чтения.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be opened.</source>
        <translation>Не удалось открыть файл закладок и заметок {file}.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be prepared for this version.</source>
        <translation>Не удалось подготовить файл закладок и заметок {file} для этой версии.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} needs an upgrade, but it could not be backed up first, so it was left as it is.</source>
        <translation>Файл закладок и заметок {file} нужно обновить, но сначала не удалось сделать его резервную копию, поэтому он оставлен как есть.</translation>
    </message>
    <message>
        <source>{file} could not be backed up.</source>
        <translation>Не удалось сделать резервную копию {file}.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be read.</source>
        <translation>Не удаётся прочитать резервную копию {file}.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged.</source>
        <translation>Резервная копия {file} повреждена.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>Не удалось записать {file}: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a file name in {folder}.</source>
        <translation>«{name}» нельзя использовать как имя файла в {folder}.</translation>
    </message>
    <message>
        <source>The session {session} is not in the programme.</source>
        <translation>Сессии {session} нет в программе.</translation>
    </message>
    <message>
        <source>The programme has no forum “{forum}”.</source>
        <translation>В программе нет форума «{forum}».</translation>
    </message>
    <message>
        <source>{forum} has no sessions yet, and a schedule file needs at least one.</source>
        <translation>В форуме «{forum}» пока нет сессий, а файлу программы нужна хотя бы одна.</translation>
    </message>
    <message>
        <source>The forum&apos;s time zone “{zone}” is not one this computer knows, so its times cannot be written.</source>
        <translation>Часовой пояс форума «{zone}» неизвестен этому компьютеру, поэтому его время записать нельзя.</translation>
    </message>
    <message>
        <source>{forum} has a date in the year {year}, outside {first}–{last}; a schedule is written only with dates in those years.</source>
        <translation>У форума «{forum}» есть дата в {year} году, вне {first}–{last}; программа записывается только с датами в эти годы.</translation>
    </message>
    <message>
        <source>“{session}” has a date in the year {year}, outside {first}–{last}; a schedule is written only with dates in those years.</source>
        <translation>У сессии «{session}» есть дата в {year} году, вне {first}–{last}; программа записывается только с датами в эти годы.</translation>
    </message>
    <message>
        <source>A PDF can only be made while ForumGuide&apos;s window is running.</source>
        <translation>PDF можно создать, только когда открыто окно ForumGuide.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>это не объект JSON.</translation>
    </message>
    <message>
        <source>“{field}” is not text.</source>
        <translation>«{field}» — не текст.</translation>
    </message>
    <message>
        <source>“{field}” is empty.</source>
        <translation>«{field}» пусто.</translation>
    </message>
    <message>
        <source>“{field}” holds “{value}”, which is not a date and time.</source>
        <translation>в «{field}» записано «{value}», а это не дата и время.</translation>
    </message>
    <message>
        <source>“{field}” is in the year {year}, outside {first}–{last}.</source>
        <translation>«{field}» приходится на {year} год, вне {first}–{last}.</translation>
    </message>
    <message>
        <source>its “snapshot” is not a JSON object.</source>
        <translation>её «snapshot» — не объект JSON.</translation>
    </message>
    <message>
        <source>its snapshot&apos;s “day” or “start” is not a date.</source>
        <translation>её «snapshot» содержит «day» или «start», которые не являются датой.</translation>
    </message>
    <message>
        <source>its snapshot&apos;s “start” is not a local wall time.</source>
        <translation>её «snapshot» содержит «start», которое не является местным временем.</translation>
    </message>
    <message>
        <source>its snapshot&apos;s time zone “{value}” is not one this computer knows.</source>
        <translation>часовой пояс «{value}» в её «snapshot» неизвестен этому компьютеру.</translation>
    </message>
    <message>
        <source>“target” must be “session” or “speaker”, not “{value}”.</source>
        <translation>«target» должно быть «session» или «speaker», а не «{value}».</translation>
    </message>
    <message>
        <source>“kind” must be “room”, “track” or “session”, not “{value}”.</source>
        <translation>«kind» должно быть «room», «track» или «session», а не «{value}».</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>её не удаётся прочитать.</translation>
    </message>
    <message>
        <source>In {file}, note {number} cannot be imported: {problem}</source>
        <translation>В {file} заметку № {number} нельзя импортировать: {problem}</translation>
    </message>
    <message>
        <source>In {file}, hidden item {number} cannot be imported: {problem}</source>
        <translation>В {file} скрытый элемент № {number} нельзя импортировать: {problem}</translation>
    </message>
    <message>
        <source>In {file}, bookmark {number} cannot be imported: {problem}</source>
        <translation>В {file} закладку № {number} нельзя импортировать: {problem}</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for a personal-data file.</source>
        <translation>Размер {file} — {size} МБ, это больше допустимых для файла личных данных {limit} МБ.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>Не удалось прочитать {file} ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation>{file} — не текстовый файл.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (not valid JSON at line {line}, column {column}).</source>
        <translation>{file} повреждён или неполон (неверный JSON в строке {line}, столбце {column}).</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a personal-data file.</source>
        <translation>В {file} слишком глубокая вложенность для файла личных данных.</translation>
    </message>
    <message>
        <source>{file} is not a ForumGuide personal-data file.</source>
        <translation>{file} — не файл личных данных ForumGuide.</translation>
    </message>
    <message>
        <source>{file} has no valid format version.</source>
        <translation>В {file} нет правильной версии формата.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of ForumGuide (format version {version}); this version reads format version {current}. Update ForumGuide to import it.</source>
        <translation>{file} создан более новой версией ForumGuide (версия формата {version}); эта версия читает версию формата {current}. Обновите ForumGuide, чтобы импортировать его.</translation>
    </message>
    <message>
        <source>In {file}, “{field}” is not a list.</source>
        <translation>В {file} «{field}» — не список.</translation>
    </message>
    <message>
        <source>It is a PDF document, not a schedule.</source>
        <translation>Это документ PDF, а не программа.</translation>
    </message>
    <message>
        <source>It is an image, not a schedule.</source>
        <translation>Это изображение, а не программа.</translation>
    </message>
    <message>
        <source>It is a ZIP archive (or an office document), not a schedule.</source>
        <translation>Это ZIP-архив (или офисный документ), а не программа.</translation>
    </message>
    <message>
        <source>It is an SQLite database, not a schedule.</source>
        <translation>Это база данных SQLite, а не программа.</translation>
    </message>
    <message>
        <source>It is a web page (HTML), not a schedule.</source>
        <translation>Это веб-страница (HTML), а не программа.</translation>
    </message>
    <message>
        <source>It is not a schedule file ForumGuide reads (frab or Pentabarf XML; frab, pretalx or c3voc JSON; iCalendar).</source>
        <translation>Это не файл программы в формате, который читает ForumGuide (XML frab или Pentabarf; JSON frab, pretalx или c3voc; iCalendar).</translation>
    </message>
    <message>
        <source>It is a calendar with no events.</source>
        <translation>Это календарь без событий.</translation>
    </message>
    <message>
        <source>It is a c3voc schedule (second version) with no events.</source>
        <translation>Это программа c3voc (вторая версия) без сессий.</translation>
    </message>
    <message>
        <source>It is a frab or pretalx schedule (JSON) with no events.</source>
        <translation>Это программа frab или pretalx (JSON) без сессий.</translation>
    </message>
    <message>
        <source>It is a frab schedule with no events.</source>
        <translation>Это программа frab без сессий.</translation>
    </message>
    <message>
        <source>It is a calendar, but it is malformed or truncated ({reason}).</source>
        <translation>Это календарь, но он повреждён или обрезан ({reason}).</translation>
    </message>
    <message>
        <source>It is JSON, but it is malformed or truncated (line {line}, column {column}: {reason}).</source>
        <translation>Это JSON, но он повреждён или обрезан (строка {line}, столбец {column}: {reason}).</translation>
    </message>
    <message>
        <source>It is XML, but it is malformed or truncated (line {line}, column {column}: {reason}).</source>
        <translation>Это XML, но он повреждён или обрезан (строка {line}, столбец {column}: {reason}).</translation>
    </message>
    <message>
        <source>It is JSON, but it cannot be read ({reason}).</source>
        <translation>Это JSON, но его не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <source>It is XML, but it cannot be read ({reason}).</source>
        <translation>Это XML, но его не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <source>It is XML that declares entities (an “XML bomb” can expand them to gigabytes); ForumGuide refuses such files.</source>
        <translation>Это XML с объявлениями сущностей («XML-бомба» может развернуть их в гигабайты); ForumGuide такие файлы не принимает.</translation>
    </message>
    <message>
        <source>It is XML that refers to an external entity (a way to read other files); ForumGuide refuses such files.</source>
        <translation>Это XML со ссылкой на внешнюю сущность (так можно прочитать другие файлы); ForumGuide такие файлы не принимает.</translation>
    </message>
    <message>
        <source>It is XML that declares a document type (DTD), which can hide an XML bomb or read other files; ForumGuide refuses such files.</source>
        <translation>Это XML с объявлением типа документа (DTD), в котором может скрываться XML-бомба или чтение других файлов; ForumGuide такие файлы не принимает.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not a JSON object.</source>
        <translation>Это программа, но {field} — не объект JSON.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not a list.</source>
        <translation>Это программа, но {field} — не список.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not text.</source>
        <translation>Это программа, но {field} — не текст.</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has a date in the year {year}, outside {first}–{last}.</source>
        <translation>Это программа, но у сессии {session} дата в {year} году — вне диапазона {first}–{last}.</translation>
    </message>
    <message>
        <source>It is a schedule, but the conference has a date in the year {year}, outside {first}–{last}.</source>
        <translation>Это программа, но у конференции дата в {year} году — вне диапазона {first}–{last}.</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has an invalid time “{value}”.</source>
        <translation>Это программа, но у сессии {session} неверное время «{value}».</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has an invalid time ({reason}).</source>
        <translation>Это программа, но у сессии {session} неверное время ({reason}).</translation>
    </message>
    <message>
        <source>It is a schedule whose time zone “{zone}” is not one this computer knows; give the conference&apos;s time zone.</source>
        <translation>Это программа с часовым поясом «{zone}», который неизвестен этому компьютеру; укажите часовой пояс конференции.</translation>
    </message>
    <message>
        <source>It is a schedule that does not say which time zone its times are in; give the conference&apos;s time zone.</source>
        <translation>В этой программе не сказано, в каком часовом поясе указано время; укажите часовой пояс конференции.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файла не существует.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>Это не обычный файл.</translation>
    </message>
    <message>
        <source>ForumGuide is not allowed to read it.</source>
        <translation>У ForumGuide нет прав на чтение этого файла.</translation>
    </message>
    <message>
        <source>It cannot be read ({reason}).</source>
        <translation>Файл не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <source>It is {size} MB, over the limit of {limit} MB.</source>
        <translation>Размер файла — {size} МБ, это больше допустимых {limit} МБ.</translation>
    </message>
    <message>
        <source>It is over the limit of {limit} MB.</source>
        <translation>Размер файла больше допустимых {limit} МБ.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>It is a JSON file that is not a schedule.</source>
        <translation>Это файл JSON, но не программа.</translation>
    </message>
    <message>
        <source>It is an XML file, but not a conference schedule (it holds &lt;{element}&gt;).</source>
        <translation>Это файл XML, но не программа конференции (в нём &lt;{element}&gt;).</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>Это не текст в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>It is nested too deeply to be a schedule.</source>
        <translation>В файле слишком глубокая вложенность для программы.</translation>
    </message>
    <message>
        <source>It holds a value that cannot be read ({reason}).</source>
        <translation>В файле есть значение, которое не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <source>It is a frab schedule with no &lt;conference&gt; section.</source>
        <translation>Это программа frab без раздела &lt;conference&gt;.</translation>
    </message>
    <message>
        <source>It is a schedule that names no conference (no title or acronym).</source>
        <translation>В этой программе не названа конференция (нет ни названия, ни аббревиатуры).</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has no title.</source>
        <translation>Это программа, но у сессии {session} нет названия.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} holds “{value}”, which is not a date.</source>
        <translation>Это программа, но в {field} указано «{value}», а это не дата.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows.</source>
        <translation>Часовой пояс «{zone}» неизвестен этому компьютеру.</translation>
    </message>
    <message>
        <source>Its programme could not be saved in {folder} ({reason}).</source>
        <translation>Программу не удалось сохранить в папке {folder} ({reason}).</translation>
    </message>
    <message>
        <source>Its programme could not be put in place ({reason}).</source>
        <translation>Программу не удалось поместить на место ({reason}).</translation>
    </message>
    <message>
        <source>Manage programmes</source>
        <translation>Управление программами</translation>
    </message>
    <message>
        <source>&amp;Programmes shown. Removing an imported programme keeps your bookmarks and notes on it; importing its schedule again brings them back.</source>
        <translation>&amp;Доступные программы. При удалении импортированной программы ваши закладки и заметки к ней сохраняются, а при повторном импорте — возвращаются.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Импортировать программу</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Remove the selected programme</source>
        <translation>Удалить выбранную программу</translation>
    </message>
    <message>
        <source>Remove the selected imported programme; your bookmarks and notes on it are kept</source>
        <translation>Удалить выбранную импортированную программу; ваши закладки и заметки к ней сохранятся</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Comes with ForumGuide</source>
        <translation>Входит в ForumGuide</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Импортирована {date}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирована</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Импортирована из {source}</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Удаление программы</translation>
    </message>
    <message>
        <source>Remove {programme}?

Your {bookmarks} bookmark(s) and {notes} note(s) on its sessions are kept and shown as belonging to a removed programme. Importing its schedule again brings them back.</source>
        <translation>Удалить программу «{programme}»?

Ваши закладки и заметки к её сессиям (закладок — {bookmarks}, заметок — {notes}) сохранятся и будут показаны как относящиеся к удалённой программе. Если импортировать её снова, они вернутся.</translation>
    </message>
    <message>
        <source>{programme} was not removed.

{reason}</source>
        <translation>Программа «{programme}» не удалена.

{reason}</translation>
    </message>
    <message>
        <source>{programme} was removed. Your {bookmarks} bookmark(s) and {notes} note(s) on it are kept; import its schedule again to bring them back.</source>
        <translation>Программа «{programme}» удалена. Ваши закладки и заметки к ней сохранены (закладок — {bookmarks}, заметок — {notes}); чтобы вернуть их, импортируйте её снова.</translation>
    </message>
    <message>
        <source>M&amp;anage programmes…</source>
        <translation>&amp;Управление программами…</translation>
    </message>
    <message>
        <source>See the programmes shown, import another or remove an imported one</source>
        <translation>Просмотреть доступные программы, импортировать ещё одну или удалить импортированную</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Only this for&amp;um</source>
        <translation>Только теку&amp;щий форум</translation>
    </message>
    <message>
        <source>Search the forum shown only</source>
        <translation>Искать только в показанном форуме</translation>
    </message>
    <message>
        <source>Search this forum only</source>
        <translation>Искать только в этом форуме</translation>
    </message>
    <message>
        <source>{title} — {place}</source>
        <translation>{title} — {place}</translation>
    </message>
    <message>
        <source>Sessions in this forum ({count})</source>
        <translation>Сессии этого форума ({count})</translation>
    </message>
    <message>
        <source>Sessions in other forums ({count})</source>
        <translation>Сессии других форумов ({count})</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Люди ({count})</translation>
    </message>
    <message>
        <source>{name} — {affiliation}</source>
        <translation>{name} — {affiliation}</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Заметки ({count})</translation>
    </message>
    <message>
        <source>{title}: {beginning}</source>
        <translation>{title}: {beginning}</translation>
    </message>
    <message>
        <source>Clear the search (in the search box)</source>
        <translation>Очистить поиск (в поле поиска)</translation>
    </message>
    <message>
        <source>Go to the first result (in the search box)</source>
        <translation>Перейти к первому результату (в поле поиска)</translation>
    </message>
    <message>
        <source>Found for “{query}”:</source>
        <translation>Найдено по запросу «{query}»:</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>По запросу «{query}» ничего не найдено.</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(вне меню)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every command with keys. Alt and the underlined letter of a menu, tab, button or label also goes to it.</source>
        <translation>Все команды, у которых есть сочетания клавиш. Кроме того, к меню, вкладке, кнопке или подписи можно перейти, нажав Alt и подчёркнутую в них букву.</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>Что удалено</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Вернуть (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>П&amp;равка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Put back the bookmark removed or the note deleted last</source>
        <translation>Вернуть последнюю удалённую закладку или заметку</translation>
    </message>
    <message>
        <source>It could not be put back: {reason}</source>
        <translation>Не удалось вернуть: {reason}</translation>
    </message>
    <message>
        <source>That can no longer be undone.</source>
        <translation>Это уже нельзя отменить.</translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation>Закладка удалена: {title}</translation>
    </message>
    <message>
        <source>Note on {name} deleted</source>
        <translation>Заметка о человеке удалена: {name}</translation>
    </message>
    <message>
        <source>Note deleted: {title}</source>
        <translation>Заметка удалена: {title}</translation>
    </message>
    <message>
        <source>You appear to be offline: {host} could not be reached. Check the connection (and the address), then try again.</source>
        <translation>Похоже, нет подключения к интернету: не удалось связаться с сервером {host}. Проверьте подключение (и адрес) и повторите попытку.</translation>
    </message>
    <message>
        <source>Only web addresses that start with http:// or https:// can be imported.</source>
        <translation>Импортировать можно только по веб-адресам, начинающимся с http:// или https://.</translation>
    </message>
    <message>
        <source>{host} did not accept the connection. Try again later.</source>
        <translation>Сервер {host} не принял подключение. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>{host} took too long to answer. Try again later.</source>
        <translation>Сервер {host} слишком долго не отвечал. Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: its certificate could not be verified.</source>
        <translation>Подключение к серверу {host} небезопасно: не удалось проверить его сертификат.</translation>
    </message>
    <message>
        <source>{host} has no schedule at this address (error 404).</source>
        <translation>На сервере {host} по этому адресу нет программы (ошибка 404).</translation>
    </message>
    <message>
        <source>{host} answered with error {status}.</source>
        <translation>Сервер {host} ответил ошибкой {status}.</translation>
    </message>
    <message>
        <source>The file is too large to be a schedule.</source>
        <translation>Файл слишком велик для программы.</translation>
    </message>
    <message>
        <source>The connection to {host} ended before the whole file arrived.</source>
        <translation>Подключение к серверу {host} прервалось до того, как файл был получен целиком.</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Импорт по веб-адресу</translation>
    </message>
    <message>
        <source>&amp;Address of the schedule (frab or Pentabarf XML, frab or pretalx JSON, iCalendar):</source>
        <translation>&amp;Адрес программы (XML frab или Pentabarf, JSON frab или pretalx, iCalendar):</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Schedule address</source>
        <translation>Адрес программы</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Проблема с адресом</translation>
    </message>
    <message>
        <source>Enter a web address that starts with http:// or https://.</source>
        <translation>Введите веб-адрес, начинающийся с http:// или https://.</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>Импорт по &amp;веб-адресу…</translation>
    </message>
    <message>
        <source>Import a conference schedule from its web address, to update it later</source>
        <translation>Импортировать программу конференции по её веб-адресу, чтобы потом обновлять её</translation>
    </message>
    <message>
        <source>Chec&amp;k for programme updates</source>
        <translation>Проверить &amp;обновления программы</translation>
    </message>
    <message>
        <source>Fetch the programme shown again from its web address and show what changed</source>
        <translation>Снова загрузить показанную программу по её веб-адресу и показать, что изменилось</translation>
    </message>
    <message>
        <source>Nothing was changed. The address: {url}</source>
        <translation>Ничего не изменено. Адрес: {url}</translation>
    </message>
    <message>
        <source>This programme was not imported from a web address: there is nothing to check.</source>
        <translation>Эта программа импортирована не по веб-адресу: проверять нечего.</translation>
    </message>
    <message>
        <source>Another import is still running; try again when it has finished.</source>
        <translation>Ещё идёт другой импорт; повторите попытку, когда он закончится.</translation>
    </message>
    <message>
        <source>Checking {host} for programme updates</source>
        <translation>Проверка обновлений программы на сервере {host}</translation>
    </message>
    <message>
        <source>Importing from {host}</source>
        <translation>Импорт с сервера {host}</translation>
    </message>
    <message>
        <source>The programme is up to date: {host} has no newer version.</source>
        <translation>Программа актуальна: на сервере {host} нет более новой версии.</translation>
    </message>
    <message>
        <source>Programme updated</source>
        <translation>Программа обновлена</translation>
    </message>
    <message>
        <source>Check for programme updates</source>
        <translation>Проверка обновлений программы</translation>
    </message>
    <message>
        <source>What {host} sent cannot be imported. {problem}</source>
        <translation>Полученное с сервера {host} импортировать нельзя. {problem}</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The bookmark was not removed: {0}</source>
        <translation>Закладка не удалена: {0}</translation>
    </message>
    <message>
        <source>The bookmark was not saved: {0}</source>
        <translation>Закладка не сохранена: {0}</translation>
    </message>
    <message>
        <source>The change was not saved: {0}</source>
        <translation>Изменение не сохранено: {0}</translation>
    </message>
    <message>
        <source>The note was not deleted: {0}</source>
        <translation>Заметка не удалена: {0}</translation>
    </message>
</context>
</TS>
