<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name></name>
    <message>
        <source>Remove bookmark</source>
        <translation>Бетбелгіні өшіру</translation>
    </message>
    <message>
        <source>Opening your bookmarks…</source>
        <translation>Бетбелгілеріңіз ашылып жатыр…</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>Менің күн тәртібім</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export bookmarks to calendar</source>
        <translation>Бетбелгілерді күнтізбеге экспорттау</translation>
    </message>
    <message>
        <source>Save your bookmarked sessions as an iCalendar file</source>
        <translation>Бетбелгідегі сессияларды iCalendar файлына сақтау</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Басып шы&amp;ғару…</translation>
    </message>
    <message>
        <source>Print my agenda</source>
        <translation>Күн тәртібімді басып шығару</translation>
    </message>
    <message>
        <source>Print your bookmarked sessions by day (Ctrl+P)</source>
        <translation>Бетбелгідегі сессияларды күндер бойынша басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>Your bookmarks could not be opened; see the message above.</source>
        <translation>Бетбелгілер ашылмады; жоғарыдағы хабарды қараңыз.</translation>
    </message>
    <message>
        <source>Your bookmarks could not be read: {reason}</source>
        <translation>Бетбелгілер оқылмады: {reason}</translation>
    </message>
    <message>
        <source>No bookmarks yet. Select a session in Programme and press Ctrl+D to add it.</source>
        <translation>Әзірге бетбелгі жоқ. Бағдарламадан сессияны таңдап, оны қосу үшін Ctrl+D басыңыз.</translation>
    </message>
    <message>
        <source>Bookmarked sessions: {shown} of {count} shown</source>
        <translation>Бетбелгідегі сессиялар: {count}, көрсетілгені: {shown}</translation>
    </message>
    <message>
        <source>Bookmarked sessions: {count}</source>
        <translation>Бетбелгідегі сессиялар: {count}</translation>
    </message>
    <message>
        <source>overlapping: {count}</source>
        <translation>уақыты қабаттасатыны: {count}</translation>
    </message>
    <message>
        <source>ForumGuide ran into a problem</source>
        <translation>ForumGuide қатеге тап болды</translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your saved notes are safe. The details are in the log file in {folder}; please include it if you report the problem.</source>
        <translation>Бірдеңе дұрыс болмады: {summary}

Сақталған жазбаларыңыз аман. Толығырақ мәлімет {folder} қалтасындағы журнал файлында; мәселе туралы хабарласаңыз, соны қоса жіберіңіз.</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Журнал қалтасын ашу</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Бұл хабарды жабу</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Спикерлер</translation>
    </message>
    <message>
        <source>Time to be confirmed.</source>
        <translation>Уақыты нақтыланады.</translation>
    </message>
    <message>
        <source>End time to be confirmed.</source>
        <translation>Аяқталу уақыты нақтыланады.</translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Менің жазбам</translation>
    </message>
    <message>
        <source>Reminder: {title}</source>
        <translation>Еске салу: {title}</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Менің жазбаларым</translation>
    </message>
    <message>
        <source>Exported on {date}.</source>
        <translation>Экспортталған күні: {date}.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <source>Sessions no longer in the programme</source>
        <translation>Бағдарламада енді жоқ сессиялар</translation>
    </message>
    <message>
        <source>removed from the programme</source>
        <translation>бағдарламадан алынып тасталды</translation>
    </message>
    <message>
        <source>Updated {date}</source>
        <translation>Жаңартылды: {date}</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <source>Time to be confirmed</source>
        <translation>Уақыты нақтыланады</translation>
    </message>
    <message>
        <source>Date to be confirmed</source>
        <translation>Күні нақтыланады</translation>
    </message>
    <message>
        <source>Times in {zone} ({offset})</source>
        <translation>Уақыт {zone} белдеуі бойынша ({offset})</translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation>Уақыт {zone} белдеуі бойынша</translation>
    </message>
    <message>
        <source>Overlaps another session you bookmarked</source>
        <translation>Бетбелгіңіздегі басқа сессиямен уақыты қабаттасады</translation>
    </message>
    <message>
        <source>There are no sessions to show.</source>
        <translation>Көрсететін сессия жоқ.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Орындалмаған кейінгі әрекеттер</translation>
    </message>
    <message>
        <source>Calendar export options</source>
        <translation>Күнтізбеге экспорттау параметрлері</translation>
    </message>
    <message>
        <source>Which bookmarked sessions should go into the calendar file?</source>
        <translation>Күнтізбе файлына бетбелгідегі қай сессиялар енсін?</translation>
    </message>
    <message>
        <source>&amp;All bookmarks</source>
        <translation>&amp;Барлық бетбелгілер</translation>
    </message>
    <message>
        <source>All bookmarks</source>
        <translation>Барлық бетбелгілер</translation>
    </message>
    <message>
        <source>Bookmarks of this &amp;forum: {forum}</source>
        <translation>Осы &amp;форумның бетбелгілері: {forum}</translation>
    </message>
    <message>
        <source>Bookmarks of this forum</source>
        <translation>Осы форумның бетбелгілері</translation>
    </message>
    <message>
        <source>Bookmarks of one &amp;day:</source>
        <translation>Бір &amp;күннің бетбелгілері:</translation>
    </message>
    <message>
        <source>Bookmarks of one day</source>
        <translation>Бір күннің бетбелгілері</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Күн</translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation>Әр сессия алдында еске &amp;салу</translation>
    </message>
    <message>
        <source>Remind me before each session</source>
        <translation>Әр сессия алдында еске салу</translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation> минут бұрын</translation>
    </message>
    <message>
        <source>Minutes before the session</source>
        <translation>Сессияға дейін неше минут қалғанда</translation>
    </message>
    <message>
        <source>Include my &amp;notes in the descriptions</source>
        <translation>Сипаттамаларға &amp;жазбаларымды қосу</translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation>Жазбаларымды қосу</translation>
    </message>
    <message>
        <source>Sessions whose time is not announced yet become all-day events that say so; those without a date are left out.</source>
        <translation>Уақыты әлі жарияланбаған сессиялар бұл туралы белгісі бар күні бойғы оқиға болады; күні жоқ сессиялар енбейді.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорттау…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Export bookmarks to &amp;calendar…</source>
        <translation>Бетбелгілерді кү&amp;нтізбеге экспорттау…</translation>
    </message>
    <message>
        <source>Save your bookmarked sessions as an iCalendar (.ics) file</source>
        <translation>Бетбелгідегі сессияларды iCalendar (.ics) файлына сақтау</translation>
    </message>
    <message>
        <source>Export &amp;notes…</source>
        <translation>&amp;Жазбаларды экспорттау…</translation>
    </message>
    <message>
        <source>Save your notes as a Markdown or PDF document</source>
        <translation>Жазбаларды Markdown немесе PDF құжаты ретінде сақтау</translation>
    </message>
    <message>
        <source>Export pro&amp;gramme…</source>
        <translation>Бағдарламаны &amp;экспорттау…</translation>
    </message>
    <message>
        <source>Export personal da&amp;ta…</source>
        <translation>Жеке &amp;деректерді экспорттау…</translation>
    </message>
    <message>
        <source>{count} hidden room(s), track(s) or session(s) added.</source>
        <translation>Қосылған жасырылған залдар, бағыттар не сессиялар: {count}.</translation>
    </message>
    <message>
        <source>Save the programme of the current forum as a frab schedule (XML or JSON)</source>
        <translation>Ағымдағы форумның бағдарламасын frab форматында (XML немесе JSON) сақтау</translation>
    </message>
    <message>
        <source>Save your bookmarks and notes to a file, to move them to another computer</source>
        <translation>Бетбелгілер мен жазбаларды басқа компьютерге көшіру үшін файлға сақтау</translation>
    </message>
    <message>
        <source>I&amp;mport personal data…</source>
        <translation>Жеке деректерді имп&amp;орттау…</translation>
    </message>
    <message>
        <source>Add the bookmarks and notes of a personal-data file to yours</source>
        <translation>Жеке деректер файлындағы бетбелгілер мен жазбаларды өзіңіздікіне қосу</translation>
    </message>
    <message>
        <source>Nothing was written.

{reason}</source>
        <translation>Ештеңе жазылмады.

{reason}</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are not open yet.</source>
        <translation>Бетбелгілер мен жазбаларыңыз әлі ашылмады.</translation>
    </message>
    <message>
        <source>You have no bookmarks yet. Bookmark sessions in Programme with Ctrl+D.</source>
        <translation>Сізде әзірге бетбелгі жоқ. Бағдарламадағы сессияларды Ctrl+D арқылы бетбелгіге қосыңыз.</translation>
    </message>
    <message>
        <source>None of the chosen bookmarks has a date yet, so there is nothing to put in a calendar.</source>
        <translation>Таңдалған бетбелгілердің ешқайсысының күні әлі белгісіз, сондықтан күнтізбеге қосатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>My agenda {date}</source>
        <translation>Менің күн тәртібім {date}</translation>
    </message>
    <message>
        <source>My agenda - {forum}</source>
        <translation>Менің күн тәртібім - {forum}</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>iCalendar файлдары (*.ics);;Барлық файлдар (*)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to {file}.</source>
        <translation>
            <numerusform>{file} файлына %n сессия сақталды.</numerusform>
            <numerusform>{file} файлына %n сессия сақталды.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a date were left out.</source>
        <translation>
            <numerusform>Күні жоқ %n сессия енгізілмеді.</numerusform>
            <numerusform>Күні жоқ %n сессия енгізілмеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer in the programme were left out.</source>
        <translation>
            <numerusform>Бағдарламада енді жоқ %n сессия енгізілмеді.</numerusform>
            <numerusform>Бағдарламада енді жоқ %n сессия енгізілмеді.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Жазбаларды экспорттау</translation>
    </message>
    <message>
        <source>You have no notes yet.</source>
        <translation>Сізде әзірге жазба жоқ.</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF documents (*.pdf)</source>
        <translation>Markdown (*.md);;PDF құжаттары (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n note(s) to {file}.</source>
        <translation>
            <numerusform>{file} файлына %n жазба сақталды.</numerusform>
            <numerusform>{file} файлына %n жазба сақталды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation>Бағдарламаны экспорттау</translation>
    </message>
    <message>
        <source>Choose a forum first.</source>
        <translation>Алдымен форумды таңдаңыз.</translation>
    </message>
    <message>
        <source>frab schedule XML (*.xml);;frab schedule JSON (*.json)</source>
        <translation>frab бағдарламасы XML (*.xml);;frab бағдарламасы JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved the programme of {forum} to {file}.</source>
        <translation>«{forum}» форумының бағдарламасы сақталды: {file}.</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Жеке деректерді экспорттау</translation>
    </message>
    <message>
        <source>ForumGuide personal data {date}</source>
        <translation>ForumGuide жеке деректері {date}</translation>
    </message>
    <message>
        <source>ForumGuide personal data (*.json);;All files (*)</source>
        <translation>ForumGuide жеке деректері (*.json);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Saved {bookmarks} bookmark(s) and {notes} note(s) to {file}.</source>
        <translation>Сақталды: {file}. Бетбелгілер: {bookmarks}, жазбалар: {notes}.</translation>
    </message>
    <message>
        <source>Import personal data</source>
        <translation>Жеке деректерді импорттау</translation>
    </message>
    <message>
        <source>Your note being edited could not be saved, so nothing was imported.</source>
        <translation>Өңделіп жатқан жазбаңыз сақталмады, сондықтан ештеңе импортталмады.</translation>
    </message>
    <message>
        <source>Nothing was imported.

{reason}</source>
        <translation>Ештеңе импортталмады.

{reason}</translation>
    </message>
    <message>
        <source>Imported {file}: {bookmarks} bookmark(s) and {notes} note(s) added, {merged} note(s) combined with yours (both texts kept), {unchanged} already here.</source>
        <translation>Импортталды: {file}. Қосылған бетбелгілер: {bookmarks}, жазбалар: {notes}; сіздікімен біріктірілген жазбалар: {merged} (екі мәтін де сақталды); бұрыннан бары: {unchanged}.</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} күн</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} сағ {minutes:02d} мин</translation>
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
        <translation>dddd, d MMMM yyyy &apos;ж&apos;.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern</comment>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d MMMM yyyy &apos;ж&apos;.</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date pattern</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>Dates to be confirmed</source>
        <translation>Күндері нақтыланады</translation>
    </message>
    <message>
        <source>Year inferred: {reason}</source>
        <translation>Жылы жанама анықталды: {reason}</translation>
    </message>
    <message>
        <source>year inferred</source>
        <translation>жылы жанама анықталды</translation>
    </message>
    <message>
        <source>{zone}, {offset}</source>
        <translation>{zone}, {offset}</translation>
    </message>
    <message>
        <source>your time, {offset}</source>
        <translation>сіздің уақытыңыз, {offset}</translation>
    </message>
    <message>
        <source>time TBC</source>
        <translation>уақыты нақт.</translation>
    </message>
    <message>
        <source>Date and time to be confirmed</source>
        <translation>Күні мен уақыты нақтыланады</translation>
    </message>
    <message>
        <source>{date}, time to be confirmed</source>
        <translation>{date}, уақыты нақтыланады</translation>
    </message>
    <message>
        <source>{date}, {clock} ({zone})</source>
        <translation>{date}, {clock} ({zone})</translation>
    </message>
    <message>
        <source>news report</source>
        <translation>жаңалық материалы</translation>
    </message>
    <message>
        <source>forum website</source>
        <translation>форум сайты</translation>
    </message>
    <message>
        <source>opinion article</source>
        <translation>авторлық мақала</translation>
    </message>
    <message>
        <source>official programme</source>
        <translation>ресми бағдарлама</translation>
    </message>
    <message>
        <source>published schedule</source>
        <translation>жарияланған бағдарлама</translation>
    </message>
    <message>
        <source>Source file: {name}</source>
        <translation>Дереккөз файлы: {name}</translation>
    </message>
    <message>
        <source>descriptive title; the document has no headline</source>
        <translation>сипаттама атау; құжатта тақырып жоқ</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Дереккөздер</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Сілтемелер</translation>
    </message>
    <message>
        <source>descriptive title; the sources give no official title</source>
        <translation>сипаттама атау; дереккөздерде ресми атау жоқ</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <source>Co-organised with</source>
        <translation>Бірлескен ұйымдастырушылар</translation>
    </message>
    <message>
        <source>About this session</source>
        <translation>Сессия туралы</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Күндері</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Ұйымдастырушылар</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <source>Billed as</source>
        <translation>Бағдарламада көрсетілгені</translation>
    </message>
    <message>
        <source>Time zone of the schedule</source>
        <translation>Бағдарламаның уақыт белдеуі</translation>
    </message>
    <message>
        <source>{file} does not say which time zone its times are in.
Choose the conference&apos;s time zone:</source>
        <translation>{file} файлында уақыттың қай белдеу бойынша берілгені көрсетілмеген.
Конференцияның уақыт белдеуін таңдаңыз:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>Schedule imported</source>
        <translation>Бағдарлама импортталды</translation>
    </message>
    <message>
        <source>{forum}: {sessions} sessions and {people} people. Times are in {zone}.</source>
        <translation>{forum}: сессиялар — {sessions}, адамдар — {people}. Уақыт {zone} белдеуі бойынша.</translation>
    </message>
    <message>
        <source>It replaces the earlier version; no session was added, removed or moved.</source>
        <translation>Ол бұрынғы нұсқаны алмастырады; бірде-бір сессия қосылған, алынған не ауыстырылған жоқ.</translation>
    </message>
    <message>
        <source>It replaces the earlier version: {added} added, {removed} removed, {moved} moved.</source>
        <translation>Ол бұрынғы нұсқаны алмастырады. Қосылды: {added}, алынды: {removed}, ауыстырылды: {moved}.</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Импорт қорытындысы</translation>
    </message>
    <message>
        <source>Changed sessions</source>
        <translation>Өзгерген сессиялар</translation>
    </message>
    <message>
        <source>time to be confirmed</source>
        <translation>уақыты нақтыланады</translation>
    </message>
    <message>
        <source>(bookmarked)</source>
        <translation>(бетбелгіде)</translation>
    </message>
    <message>
        <source>Added: {title} ({place})</source>
        <translation>Қосылды: {title} ({place})</translation>
    </message>
    <message>
        <source>Removed: {title} (was {place})</source>
        <translation>Алынды: {title} (бұрын: {place})</translation>
    </message>
    <message>
        <source>Moved: {title} ({before} → {after})</source>
        <translation>Ауыстырылды: {title} ({before} → {after})</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>Бағдарламаны импорттау</translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation>Бағдарламалар (*.xml *.json *.ics);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>{file} could not be imported; nothing was changed.</source>
        <translation>{file} импортталмады; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>Import error</source>
        <translation>Импорт қатесі</translation>
    </message>
    <message>
        <source>{file} was not imported: another import is still running.</source>
        <translation>{file} импортталмады: басқа импорт әлі жүріп жатыр.</translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation>Импортталуда: {file}</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт тоқтатылды; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Тіл</translation>
    </message>
    <message>
        <source>&amp;System ({language})</source>
        <translation>&amp;Жүйелік ({language})</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Бөлімдер</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Бағдарлама</translation>
    </message>
    <message>
        <source>My &amp;agenda</source>
        <translation>Күн т&amp;әртібім</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>Сп&amp;икерлер</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <source>Choose the forum to show</source>
        <translation>Көрсетілетін форумды таңдаңыз</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Search sessions, speakers and notes (Ctrl+F)</source>
        <translation>Сессиялар, спикерлер мен жазбалардан іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Іздеу…</translation>
    </message>
    <message>
        <source>&amp;Bookmark session</source>
        <translation>Сессияны &amp;бетбелгіге қосу</translation>
    </message>
    <message>
        <source>Show times in &amp;my time zone</source>
        <translation>Уақытты &amp;менің белдеуім бойынша көрсету</translation>
    </message>
    <message>
        <source>Times in my time &amp;zone</source>
        <translation>Уақыт менің бе&amp;лдеуім бойынша</translation>
    </message>
    <message>
        <source>Show times in my time zone</source>
        <translation>Уақытты менің белдеуім бойынша көрсету</translation>
    </message>
    <message>
        <source>Show session times in this computer&apos;s time zone instead of the forum&apos;s</source>
        <translation>Сессия уақытын форумның емес, осы компьютердің уақыт белдеуі бойынша көрсету</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>сіздің уақытыңыз</translation>
    </message>
    <message>
        <source>forum time</source>
        <translation>форум уақыты</translation>
    </message>
    <message>
        <source>Search results by &amp;relevance</source>
        <translation>Іздеу нәтижелері &amp;сәйкестігі бойынша</translation>
    </message>
    <message>
        <source>List the sessions found best match first instead of by day and time</source>
        <translation>Табылған сессияларды күні мен уақыты бойынша емес, ең сәйкесінен бастап тізу</translation>
    </message>
    <message>
        <source>Programme as &amp;timetable</source>
        <translation>Бағдарлама к&amp;есте түрінде</translation>
    </message>
    <message>
        <source>Show a day of the programme as a timetable of rooms and hours</source>
        <translation>Бағдарламаның бір күнін залдар мен сағаттар кестесі түрінде көрсету</translation>
    </message>
    <message>
        <source>&amp;Jump to now</source>
        <translation>&amp;Қазіргіге өту</translation>
    </message>
    <message>
        <source>Show the sessions on now in the programme</source>
        <translation>Бағдарламада қазір өтіп жатқан сессияларды көрсету</translation>
    </message>
    <message>
        <source>Now and ne&amp;xt</source>
        <translation>Қазір және ке&amp;йін</translation>
    </message>
    <message>
        <source>What is on now and what starts next, your bookmarked sessions first (Ctrl+N)</source>
        <translation>Қазір не өтіп жатыр және келесіде не басталады; алдымен бетбелгіңіздегі сессиялар (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import schedule…</source>
        <translation>Бағдарламаны &amp;импорттау…</translation>
    </message>
    <message>
        <source>Import a conference schedule (frab or Pentabarf XML, frab or pretalx JSON)</source>
        <translation>Конференция бағдарламасын импорттау (frab не Pentabarf XML, frab не pretalx JSON)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation>Кейін&amp;гі әрекеттер</translation>
    </message>
    <message>
        <source>The lines of your notes that begin with [ ]</source>
        <translation>Жазбаларыңыздың [ ] деп басталатын жолдары</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About ForumGuide</source>
        <translation>ForumGuide &amp;туралы</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Негізгі құралдар тақтасы</translation>
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
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сессия</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>No programme could be opened. Reinstall ForumGuide, or import a schedule.</source>
        <translation>Бірде-бір бағдарлама ашылмады. ForumGuide-ты қайта орнатыңыз немесе бағдарлама импорттаңыз.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes are still being opened; please wait.</source>
        <translation>Бетбелгілер мен жазбалар әлі ашылып жатыр; күте тұрыңыз.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes could not be opened: {error}</source>
        <translation>Бетбелгілер мен жазбалар ашылмады: {error}</translation>
    </message>
    <message>
        <source>Opening your bookmarks and notes</source>
        <translation>Бетбелгілер мен жазбалар ашылып жатыр</translation>
    </message>
    <message>
        <source>That session is no longer in the programme.</source>
        <translation>Бұл сессия енді бағдарламада жоқ.</translation>
    </message>
    <message>
        <source>&amp;Remind me of bookmarked sessions</source>
        <translation>Бетбелгідегі сессияларды еске &amp;салу</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Ешқашан</translation>
    </message>
    <message>
        <source>{minutes} minutes before</source>
        <translation>{minutes} минут бұрын</translation>
    </message>
    <message>
        <source>Added back: {bookmarks} bookmark(s), {notes} note(s), and {merged} note(s) combined with yours (both texts kept).</source>
        <translation>Қайтарылған бетбелгілер: {bookmarks}, жазбалар: {notes}; сіздікімен біріктірілген жазбалар: {merged} (екі мәтін де сақталды).</translation>
    </message>
    <message>
        <source>The notes found could not be added back: {reason}</source>
        <translation>Табылған жазбалар қайтарылмады: {reason}</translation>
    </message>
    <message>
        <source>Adding back the notes found</source>
        <translation>Табылған жазбалар қайтарылып жатыр</translation>
    </message>
    <message>
        <source>Backing up your bookmarks and notes</source>
        <translation>Бетбелгілер мен жазбалардың сақтық көшірмесі жасалып жатыр</translation>
    </message>
    <message>
        <source>{path} is not a file that can be opened.</source>
        <translation>{path} — ашуға болатын файл емес.</translation>
    </message>
    <message>
        <source>About ForumGuide</source>
        <translation>ForumGuide туралы</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ForumGuide {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline guide to international forums: the programme, the speakers, your bookmarks and your notes.&lt;/p&gt;&lt;p&gt;Your data is kept in {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ForumGuide {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Халықаралық форумдарға арналған офлайн анықтамалық: бағдарлама, спикерлер, бетбелгілеріңіз бен жазбаларыңыз.&lt;/p&gt;&lt;p&gt;Деректеріңіз сақталатын қалта: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your note is not saved</source>
        <translation>Жазбаңыз сақталмады</translation>
    </message>
    <message>
        <source>Your note could not be saved. Close anyway and lose the unsaved text?</source>
        <translation>Жазбаңыз сақталмады. Сонда да жауып, сақталмаған мәтінді жоғалтасыз ба?</translation>
    </message>
    <message>
        <source>★</source>
        <translation>★</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>{time} ({zone})</source>
        <translation>{time} ({zone})</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Search results: {count}</source>
        <translation>Іздеу нәтижелері: {count}</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Бетбелгіде</translation>
    </message>
    <message>
        <source>Not bookmarked</source>
        <translation>Бетбелгіде емес</translation>
    </message>
    <message>
        <source>{marks}, has a note</source>
        <translation>{marks}, жазбасы бар</translation>
    </message>
    <message>
        <source>Click to bookmark or to remove the bookmark (Ctrl+D)</source>
        <translation>Бетбелгіге қосу не бетбелгіні өшіру үшін басыңыз (Ctrl+D)</translation>
    </message>
    <message>
        <source>✎ You have a note on this session.</source>
        <translation>✎ Бұл сессия туралы жазбаңыз бар.</translation>
    </message>
    <message>
        <source>Changed by the last update: {title}</source>
        <translation>Соңғы жаңартуда өзгерді: {title}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Free time: {h} h {m:02d} min</source>
        <translation>Бос уақыт: {h} сағ {m:02d} мин</translation>
    </message>
    <message>
        <source>Free time: {m} min</source>
        <translation>Бос уақыт: {m} мин</translation>
    </message>
    <message>
        <source>Its programme was removed</source>
        <translation>Бағдарламасы алынып тасталды</translation>
    </message>
    <message>
        <source>Removed from the programme</source>
        <translation>Бағдарламадан алынды</translation>
    </message>
    <message>
        <source>⚠ Overlaps another bookmark</source>
        <translation>⚠ Басқа бетбелгімен қабаттасады</translation>
    </message>
    <message>
        <source>⚠ Overlaps {titles}</source>
        <translation>⚠ Қабаттасады: {titles}</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Overlaps {title} and %n more</source>
        <translation>
            <numerusform>⚠ Қабаттасады: {title} және тағы %n сессия</numerusform>
            <numerusform>⚠ Қабаттасады: {title} және тағы %n сессия</numerusform>
        </translation>
    </message>
    <message>
        <source>About</source>
        <translation>Не туралы</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Person: </source>
        <translation>Адам: </translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Кейінгі әрекет</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қайдан</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Адам: {name}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>орындалды</translation>
    </message>
    <message>
        <source>open</source>
        <translation>орындалмаған</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Кейінгі әрекеттер</translation>
    </message>
    <message>
        <source>Lines in your notes that begin with [ ] or - [ ]. Space ticks one off; Enter opens what its note is about.</source>
        <translation>Жазбаларыңыздағы [ ] немесе - [ ] деп басталатын жолдар. Space пернесі орындалғанын белгілейді; Enter жазба қатысты нәрсені ашады.</translation>
    </message>
    <message>
        <source>Your follow-ups could not be read: {reason}</source>
        <translation>Кейінгі әрекеттер оқылмады: {reason}</translation>
    </message>
    <message>
        <source>Opening your notes…</source>
        <translation>Жазбалар ашылып жатыр…</translation>
    </message>
    <message>
        <source>No follow-ups yet. Begin a line of a note with [ ] to add one.</source>
        <translation>Әзірге кейінгі әрекет жоқ. Қосу үшін жазбадағы жолды [ ] белгісінен бастаңыз.</translation>
    </message>
    <message>
        <source>Open follow-ups: {open} of {count}</source>
        <translation>Орындалмаған кейінгі әрекеттер: {open} (барлығы: {count})</translation>
    </message>
    <message>
        <source>“{text}” was changed in its note meanwhile; the list is shown again.</source>
        <translation>«{text}» осы аралықта өз жазбасында өзгертілді; тізім қайта көрсетілді.</translation>
    </message>
    <message>
        <source>The follow-up was not ticked: {reason}</source>
        <translation>Кейінгі әрекет белгіленбеді: {reason}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Your notes could not be opened; see the message above.</source>
        <translation>Жазбалар ашылмады; жоғарыдағы хабарды қараңыз.</translation>
    </message>
    <message>
        <source>{title} (removed from the programme)</source>
        <translation>{title} (бағдарламадан алынды)</translation>
    </message>
    <message>
        <source>Notes &amp;list</source>
        <translation>Жазбалар &amp;тізімі</translation>
    </message>
    <message>
        <source>Show the list of notes</source>
        <translation>Жазбалар тізімін көрсету</translation>
    </message>
    <message>
        <source>Every note, to read and edit</source>
        <translation>Оқуға және өңдеуге арналған барлық жазбалар</translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation>Кейін&amp;гі әрекеттер</translation>
    </message>
    <message>
        <source>Show the follow-ups</source>
        <translation>Кейінгі әрекеттерді көрсету</translation>
    </message>
    <message>
        <source>The lines of your notes that begin with [ ], to tick off (Ctrl+5)</source>
        <translation>Жазбаларыңыздың [ ] деп басталатын жолдары, орындалғанын белгілеу үшін (Ctrl+5)</translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation>Сұ&amp;рыптау:</translation>
    </message>
    <message>
        <source>Sort notes by</source>
        <translation>Жазбаларды сұрыптау</translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation>Соңғы өңделуі</translation>
    </message>
    <message>
        <source>Session time</source>
        <translation>Сессия уақыты</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Жо&amp;ю</translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation>Таңдалған жазбаны жою</translation>
    </message>
    <message>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation>Таңдалған жазбаны жою (Delete); Ctrl+Z оны қайтарады</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>When the note was written</source>
        <translation>Жазбаның жазылған уақыты</translation>
    </message>
    <message>
        <source>{title} (its programme was removed)</source>
        <translation>{title} (бағдарламасы алынып тасталды)</translation>
    </message>
    <message>
        <source>Your notes could not be read: {reason}</source>
        <translation>Жазбалар оқылмады: {reason}</translation>
    </message>
    <message>
        <source>Notes: {count}</source>
        <translation>Жазбалар: {count}</translation>
    </message>
    <message>
        <source>No note contains “{query}”.</source>
        <translation>«{query}» бар жазба жоқ.</translation>
    </message>
    <message>
        <source>No notes yet. Select a session and type in “Your note”.</source>
        <translation>Әзірге жазба жоқ. Сессияны таңдап, «Сіздің жазбаңыз» өрісіне жазыңыз.</translation>
    </message>
    <message>
        <source>Select a note to read and edit it; press Enter to open what it is about.</source>
        <translation>Оқу және өңдеу үшін жазбаны таңдаңыз; ол қатысты нәрсені ашу үшін Enter басыңыз.</translation>
    </message>
    <message>
        <source>Written {created} · last edited {edited}</source>
        <translation>Жазылды: {created} · соңғы өңделді: {edited}</translation>
    </message>
    <message>
        <source>Last edited {edited}</source>
        <translation>Соңғы өңделді: {edited}</translation>
    </message>
    <message>
        <source>{forum} has not started: it begins on {date}.</source>
        <translation>«{forum}» әлі басталған жоқ: басталатын күні — {date}.</translation>
    </message>
    <message>
        <source>{forum} is over: it ended on {date}.</source>
        <translation>«{forum}» аяқталды: аяқталған күні — {date}.</translation>
    </message>
    <message>
        <source>Now and next</source>
        <translation>Қазір және кейін</translation>
    </message>
    <message>
        <source>Sessions on now and next</source>
        <translation>Қазір өтіп жатқан және келесі сессиялар</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <source>Show in the &amp;programme</source>
        <translation>&amp;Бағдарламада көрсету</translation>
    </message>
    <message>
        <source>Show now in the programme</source>
        <translation>Қазіргіні бағдарламада көрсету</translation>
    </message>
    <message>
        <source>No programme is open.</source>
        <translation>Бірде-бір бағдарлама ашық емес.</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Менің сессияларым</translation>
    </message>
    <message>
        <source>On now</source>
        <translation>Қазір өтіп жатыр</translation>
    </message>
    <message>
        <source>Next in each room</source>
        <translation>Әр залда келесісі</translation>
    </message>
    <message>
        <source>Nothing is on or coming up today.</source>
        <translation>Бүгін ештеңе өтіп жатқан жоқ және басталмайды.</translation>
    </message>
    <message>
        <source>{forum}: {date}, {time} ({zone})</source>
        <translation>{forum}: {date}, {time} ({zone})</translation>
    </message>
    <message>
        <source>until {end}, {span} left</source>
        <translation>{end} дейін, {span} қалды</translation>
    </message>
    <message>
        <source>{start}, in {span}</source>
        <translation>{start}, {span} кейін</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>A4 қағазына PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>US Letter қағазына PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation>Күн тәртібімді &amp;басып шығару…</translation>
    </message>
    <message>
        <source>Print your bookmarked sessions by day, with room for notes</source>
        <translation>Бетбелгідегі сессияларды күндер бойынша, жазба үшін орын қалдырып басып шығару</translation>
    </message>
    <message>
        <source>Save my agenda as P&amp;DF…</source>
        <translation>Күн тәртібімді P&amp;DF ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save your bookmarked sessions by day as a PDF, to print or carry</source>
        <translation>Бетбелгідегі сессияларды басып шығару не өзіңізбен алу үшін күндер бойынша PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Print the day &amp;shown…</source>
        <translation>Көрсетіл&amp;ген күнді басып шығару…</translation>
    </message>
    <message>
        <source>Print the programme of the day shown in the timetable</source>
        <translation>Кестеде көрсетілген күннің бағдарламасын басып шығару</translation>
    </message>
    <message>
        <source>Save the day shown as PD&amp;F…</source>
        <translation>Көрсетілген күнді PD&amp;F ретінде сақтау…</translation>
    </message>
    <message>
        <source>Save the programme of the day shown in the timetable as a PDF</source>
        <translation>Кестеде көрсетілген күннің бағдарламасын PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>date to be confirmed</source>
        <translation>күні нақтыланады</translation>
    </message>
    <message>
        <source>Save my agenda as PDF</source>
        <translation>Күн тәртібімді PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Print the day shown</source>
        <translation>Көрсетілген күнді басып шығару</translation>
    </message>
    <message>
        <source>Save the day shown as PDF</source>
        <translation>Көрсетілген күнді PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Print {name}</source>
        <translation>Басып шығару: {name}</translation>
    </message>
    <message>
        <source>{name} was sent to the printer.</source>
        <translation>«{name}» басып шығаруға жіберілді.</translation>
    </message>
    <message>
        <source>Saved {name} to {file}.</source>
        <translation>«{name}» сақталды: {file}.</translation>
    </message>
    <message>
        <source>About this forum</source>
        <translation>Осы форум туралы</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>Кү&amp;н:</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>Ба&amp;ғыт:</translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation>&amp;Зал:</translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>A&amp;bout this forum</source>
        <translation>Осы фо&amp;рум туралы</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Тізім</translation>
    </message>
    <message>
        <source>Show the programme as a list</source>
        <translation>Бағдарламаны тізім түрінде көрсету</translation>
    </message>
    <message>
        <source>T&amp;imetable</source>
        <translation>К&amp;есте</translation>
    </message>
    <message>
        <source>Show a day of the programme as a timetable</source>
        <translation>Бағдарламаның бір күнін кесте түрінде көрсету</translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation>&amp;Қазір</translation>
    </message>
    <message>
        <source>Jump to now</source>
        <translation>Қазіргіге өту</translation>
    </message>
    <message>
        <source>Jump to the sessions on now (Ctrl+J)</source>
        <translation>Қазір өтіп жатқан сессияларға өту (Ctrl+J)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сессиялар</translation>
    </message>
    <message>
        <source>The documents name no sessions of this forum.</source>
        <translation>Құжаттарда бұл форумның бірде-бір сессиясы аталмаған.</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Сессия туралы мәлімет</translation>
    </message>
    <message>
        <source>Bookmark this session</source>
        <translation>Бұл сессияны бетбелгіге қосу</translation>
    </message>
    <message>
        <source>Bookmark this session (Ctrl+D)</source>
        <translation>Бұл сессияны бетбелгіге қосу (Ctrl+D)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Т&amp;іл:</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Сүзгі: {name}</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Көрсету…</translation>
    </message>
    <message>
        <source>Show hidden sessions again</source>
        <translation>Жасырылған сессияларды қайта көрсету</translation>
    </message>
    <message>
        <source>Show hidden rooms, tracks or sessions again</source>
        <translation>Жасырылған залдарды, бағыттарды не сессияларды қайта көрсету</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Барлық тілдер</translation>
    </message>
    <message>
        <source>“{title}” is hidden. Choose Show… below the list to see it again.</source>
        <translation>«{title}» жасырылған. Қайта көру үшін тізімнің астындағы «Көрсету…» батырмасын таңдаңыз.</translation>
    </message>
    <message>
        <source>Hidd&amp;en: {count}</source>
        <translation>Жас&amp;ырылғандар: {count}</translation>
    </message>
    <message>
        <source>Session menu</source>
        <translation>Сессия мәзірі</translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation>Сұ&amp;рыптау</translation>
    </message>
    <message>
        <source>&amp;Day and time</source>
        <translation>Күні мен &amp;уақыты</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>А&amp;тауы</translation>
    </message>
    <message>
        <source>&amp;Speakers (family name)</source>
        <translation>Сп&amp;икерлер (тегі бойынша)</translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation>&amp;Бағыты</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>&amp;Залы</translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation>&amp;Бетбелгіні өшіру</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Бетбелгіге қосу</translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation>Күнтізбеге &amp;қосу…</translation>
    </message>
    <message>
        <source>Copy &amp;title and time</source>
        <translation>Атауы мен уақытын кө&amp;шіру</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Сі&amp;лтемені ашу</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>А&amp;дамдар</translation>
    </message>
    <message>
        <source>&amp;Hide this session</source>
        <translation>Бұл сессияны &amp;жасыру</translation>
    </message>
    <message>
        <source>Hide &amp;room “{name}”</source>
        <translation>«{name}» &amp;залын жасыру</translation>
    </message>
    <message>
        <source>Hide trac&amp;k “{name}”</source>
        <translation>«{name}» бағы&amp;тын жасыру</translation>
    </message>
    <message>
        <source>Copied “{title}”.</source>
        <translation>«{title}» көшірілді.</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Күнтізбеге қосу</translation>
    </message>
    <message>
        <source>This session has no date yet: nothing was saved.</source>
        <translation>Бұл сессияның күні әлі белгісіз: ештеңе сақталмады.</translation>
    </message>
    <message>
        <source>Saved “{title}” to {file}.</source>
        <translation>«{title}» сақталды: {file}.</translation>
    </message>
    <message>
        <source>Room: {name}</source>
        <translation>Зал: {name}</translation>
    </message>
    <message>
        <source>Track: {name}</source>
        <translation>Бағыт: {name}</translation>
    </message>
    <message>
        <source>Session: {name}</source>
        <translation>Сессия: {name}</translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation>&amp;Барлығын көрсету</translation>
    </message>
    <message>
        <source>Person menu</source>
        <translation>Адам мәзірі</translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation>Аты-жөнін кө&amp;шіру</translation>
    </message>
    <message>
        <source>Show &amp;sessions and biography</source>
        <translation>Сессиялары мен &amp;өмірбаянын көрсету</translation>
    </message>
    <message>
        <source>&amp;Open a session</source>
        <translation>&amp;Бір сессиясын ашу</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Барлық күндер</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Барлық бағыттар</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Барлық залдар</translation>
    </message>
    <message>
        <source>All formats</source>
        <translation>Барлық форматтар</translation>
    </message>
    <message>
        <source>No session of {forum} is on now or later today.</source>
        <translation>«{forum}» форумының бірде-бір сессиясы қазір өтіп жатқан жоқ және бүгін кейінірек басталмайды.</translation>
    </message>
    <message>
        <source>No session matches “{query}”.</source>
        <translation>«{query}» сұрауына сай сессия жоқ.</translation>
    </message>
    <message>
        <source>No sessions to show with these filters.</source>
        <translation>Бұл сүзгілермен көрсететін сессия жоқ.</translation>
    </message>
    <message>
        <source>&amp;Your note on this session</source>
        <translation>Осы сессия туралы жазба&amp;ңыз</translation>
    </message>
    <message>
        <source>&amp;Your note</source>
        <translation>Сіздің жазба&amp;ңыз</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Бетбелгіде</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Бетбелгіге</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was missing.</source>
        <translation>Бетбелгілер мен жазбалар файлы жоқ болып шықты.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was empty; it was kept as {path}.</source>
        <translation>Бетбелгілер мен жазбалар файлы бос болды; ол мына атпен сақталды: {path}.</translation>
    </message>
    <message>
        <source>The file in the place of your bookmarks and notes was not ForumGuide&apos;s; it was moved, unchanged, to {path}.</source>
        <translation>Бетбелгілер мен жазбалар файлының орнындағы файл ForumGuide файлы емес еді; ол өзгеріссіз мына жерге көшірілді: {path}.</translation>
    </message>
    <message>
        <source>Something that is not a file was in the place of your bookmarks and notes; it was moved to {path}.</source>
        <translation>Бетбелгілер мен жазбалар файлының орнында файл емес нәрсе тұрды; ол мына жерге көшірілді: {path}.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was damaged; it was kept as {path}.</source>
        <translation>Бетбелгілер мен жазбалар файлы бүлінген еді; ол мына атпен сақталды: {path}.</translation>
    </message>
    <message>
        <source>When ForumGuide started on {time}:</source>
        <translation>ForumGuide {time} іске қосылғанда:</translation>
    </message>
    <message>
        <source>The backup of {time} was restored.</source>
        <translation>Уақыты {time} болатын сақтық көшірме қалпына келтірілді.</translation>
    </message>
    <message>
        <source>No backup could be restored, so an empty file was started.</source>
        <translation>Бірде-бір сақтық көшірме қалпына келтірілмеді, сондықтан бос файл басталды.</translation>
    </message>
    <message>
        <source>{notes} note(s) and {bookmarks} bookmark(s) were found only in the files set aside; you can add them back.</source>
        <translation>Тек шетке шығарылған файлдардан табылғандар: жазбалар ({notes}) мен бетбелгілер ({bookmarks}); оларды қайтаруға болады.</translation>
    </message>
    <message>
        <source>{count} hidden room(s), track(s) or session(s) were found there too.</source>
        <translation>Сол файлдардан жасырылған залдар, бағыттар не сессиялар да табылды: {count}.</translation>
    </message>
    <message>
        <source>What happened to your bookmarks and notes</source>
        <translation>Бетбелгілер мен жазбаларыңызға не болды</translation>
    </message>
    <message>
        <source>Add them ba&amp;ck</source>
        <translation>Қа&amp;йтару</translation>
    </message>
    <message>
        <source>&amp;Go to the folder</source>
        <translation>Қалтаны а&amp;шу</translation>
    </message>
    <message>
        <source>&amp;OK, I have read this</source>
        <translation>Жарайды, &amp;оқыдым</translation>
    </message>
    <message>
        <source>Add the notes and bookmarks found back</source>
        <translation>Табылған жазбалар мен бетбелгілерді қайтару</translation>
    </message>
    <message>
        <source>The newer backup of {time} ({file}) could not be restored because the disk is full. Free some space and start ForumGuide again to get back what it holds.</source>
        <translation>Уақыты {time} болатын жаңарақ сақтық көшірме ({file}) қалпына келтірілмеді: дискіде орын жоқ. Ондағыны қайтару үшін орын босатып, ForumGuide-ты қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) is damaged and could not be used.</source>
        <translation>Уақыты {time} болатын сақтық көшірме ({file}) бүлінген, оны пайдалану мүмкін болмады.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) was written by a newer version of ForumGuide and could not be used.</source>
        <translation>Уақыты {time} болатын сақтық көшірмені ({file}) ForumGuide-тың жаңарақ нұсқасы жазған, оны пайдалану мүмкін болмады.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored: the folder or file is read-only.</source>
        <translation>Уақыты {time} болатын сақтық көшірме ({file}) қалпына келтірілмеді: қалта немесе файл тек оқуға арналған.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored: the file is locked by another program.</source>
        <translation>Уақыты {time} болатын сақтық көшірме ({file}) қалпына келтірілмеді: файлды басқа бағдарлама құлыптап тұр.</translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored ({reason}).</source>
        <translation>Уақыты {time} болатын сақтық көшірме ({file}) қалпына келтірілмеді ({reason}).</translation>
    </message>
    <message>
        <source>Show the folder of the files set aside</source>
        <translation>Шетке шығарылған файлдар қалтасын көрсету</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Оқыдым</translation>
    </message>
    <message>
        <source>Soon: {count} of your sessions</source>
        <translation>Жақында сессияларыңыз: {count}</translation>
    </message>
    <message>
        <source>Soon: {title}</source>
        <translation>Жақында: {title}</translation>
    </message>
    <message>
        <source>Starts at {start} in {room}.</source>
        <translation>Басталуы: {start}, зал: {room}.</translation>
    </message>
    <message>
        <source>Starts at {start}.</source>
        <translation>Басталуы: {start}.</translation>
    </message>
    <message>
        <source>(in {span})</source>
        <translation>({span} кейін)</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Еске салу</translation>
    </message>
    <message>
        <source>&amp;Jump to the session</source>
        <translation>Сессияға &amp;өту</translation>
    </message>
    <message>
        <source>Show the session of this reminder</source>
        <translation>Осы еске салудағы сессияны көрсету</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation>Еске салуды жабу</translation>
    </message>
    <message>
        <source>Speaker details</source>
        <translation>Спикер туралы мәлімет</translation>
    </message>
    <message>
        <source>&amp;Your note on this person</source>
        <translation>Осы адам туралы жазба&amp;ңыз</translation>
    </message>
    <message>
        <source>Nobody matches “{query}”.</source>
        <translation>«{query}» сұрауы бойынша ешкім табылмады.</translation>
    </message>
    <message>
        <source>No speakers in this programme.</source>
        <translation>Бұл бағдарламада спикер жоқ.</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Залсыз</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Бағыт: {track}</translation>
    </message>
    <message>
        <source>Day shown in the timetable</source>
        <translation>Кестеде көрсетілген күн</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Алдыңғы күн</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Келесі күн</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Minus)</source>
        <translation>Кішірейту (Ctrl+Минус)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Plus)</source>
        <translation>Үлкейту (Ctrl+Плюс)</translation>
    </message>
    <message>
        <source>&amp;Time to be confirmed:</source>
        <translation>Уақыты нақт&amp;ыланады:</translation>
    </message>
    <message>
        <source>Sessions of this day with no time yet</source>
        <translation>Осы күннің уақыты әлі белгісіз сессиялары</translation>
    </message>
    <message>
        <source>Date TBC</source>
        <translation>Күні нақт.</translation>
    </message>
    <message>
        <source>No session of this day has a time yet.</source>
        <translation>Бұл күннің бірде-бір сессиясының уақыты әлі белгісіз.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Хабар</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Хабарды жабу</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Орындалып жатқан жұмыс</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Орындалу барысы</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Орындалып жатқан жұмысты тоқтату</translation>
    </message>
    <message>
        <source>Cancelling: {work}</source>
        <translation>Тоқтатылуда: {work}</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Сіздің жазбаңыз</translation>
    </message>
    <message>
        <source>Type your notes here; they are saved as you type.</source>
        <translation>Жазбаларыңызды осында жазыңыз; олар терген сайын сақталады.</translation>
    </message>
    <message>
        <source>Note status</source>
        <translation>Жазба күйі</translation>
    </message>
    <message>
        <source>Your note could not be read: {reason}</source>
        <translation>Жазбаңыз оқылмады: {reason}</translation>
    </message>
    <message>
        <source>Not saved yet; saving is being retried.</source>
        <translation>Әлі сақталған жоқ; сақтау қайталанып жатыр.</translation>
    </message>
    <message>
        <source>This note could not be read.</source>
        <translation>Бұл жазба оқылмады.</translation>
    </message>
    <message>
        <source>This note is too long to edit here ({count} characters); its beginning is shown and the whole note is kept. Export your notes to read all of it.</source>
        <translation>Бұл жазба мұнда өңдеу үшін тым ұзын (таңба саны: {count}); басы көрсетілді, ал жазба толық сақталады. Толық оқу үшін жазбаларды экспорттаңыз.</translation>
    </message>
    <message>
        <source>Your notes are open read-only.</source>
        <translation>Жазбалар тек оқу үшін ашылды.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Сақталды: {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) waiting to be saved.</source>
        <translation>
            <numerusform>Тағы %n жазба сақталуды күтуде.</numerusform>
            <numerusform>Тағы %n жазба сақталуды күтуде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n жазба сақталуды күтуде.</numerusform>
            <numerusform>%n жазба сақталуды күтуде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Өңделуде…</translation>
    </message>
    <message>
        <source>This note was changed elsewhere meanwhile; both texts are kept.</source>
        <translation>Бұл жазба осы аралықта басқа жерде өзгертілді; екі мәтін де сақталды.</translation>
    </message>
    <message>
        <source>Your notes are saved again.</source>
        <translation>Жазбалар қайтадан сақталып жатыр.</translation>
    </message>
    <message>
        <source>Your note is not saved yet: {reason} The text is kept and saving is retried.</source>
        <translation>Жазбаңыз әлі сақталған жоқ: {reason} Мәтін сақтаулы, сақтау қайталанады.</translation>
    </message>
    <message>
        <source>Saved; other notes are waiting to be saved.</source>
        <translation>Сақталды; басқа жазбалар сақталуды күтуде.</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>рұқсат жоқ</translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation>қалта тек оқуға арналған дискіде</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>дискіде орын жоқ</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>диск квотасы таусылды</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>дәл осындай атты қалта бар</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>атауы тым ұзын</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Дискіде орын жоқ.</translation>
    </message>
    <message>
        <source>The folder or file is read-only.</source>
        <translation>Қалта немесе файл тек оқуға арналған.</translation>
    </message>
    <message>
        <source>The file is locked by another program.</source>
        <translation>Файлды басқа бағдарлама бұғаттап тұр.</translation>
    </message>
    <message>
        <source>The programme catalog {file} does not exist.</source>
        <translation>{file} бағдарлама каталогы жоқ.</translation>
    </message>
    <message>
        <source>The programme catalog {file} cannot be read ({reason}).</source>
        <translation>{file} бағдарлама каталогын оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>The programme catalog {file} was written by a newer version of ForumGuide (schema {version}; this version reads {current}). Update ForumGuide to open it.</source>
        <translation>{file} бағдарлама каталогын ForumGuide-тың жаңарақ нұсқасы жазған ({version} схемасы; бұл нұсқа {current} схемасын оқиды). Оны ашу үшін ForumGuide-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>The programme catalog {file} is of schema {version}, too old for this version of ForumGuide; import its schedule again.</source>
        <translation>{file} бағдарлама каталогының схемасы — {version}, ол ForumGuide-тың бұл нұсқасы үшін тым ескі; оның бағдарламасын қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>The programme catalog {file} is of an older version and was not opened; reinstall ForumGuide.</source>
        <translation>{file} бағдарлама каталогы ескірек нұсқада, сондықтан ашылмады; ForumGuide-ты қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>The programme catalog {file} is damaged ({reason}).</source>
        <translation>{file} бағдарлама каталогы бүлінген ({reason}).</translation>
    </message>
    <message>
        <source>The programme catalog {file} could not be upgraded to this version ({reason}); it was left as it was.</source>
        <translation>{file} бағдарлама каталогын осы нұсқаға жаңарту мүмкін болмады ({reason}); ол өзгертілмей қалдырылды.</translation>
    </message>
    <message>
        <source>The bundled programme cannot be removed.</source>
        <translation>Кірістірілген бағдарламаны өшіруге болмайды.</translation>
    </message>
    <message>
        <source>There is no imported programme {programme}.</source>
        <translation>{programme} деген импортталған бағдарлама жоқ.</translation>
    </message>
    <message>
        <source>{file} could not be deleted ({reason}).</source>
        <translation>{file} өшірілмеді ({reason}).</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of ForumGuide (format {version}); it is open read-only so that nothing in it is changed.</source>
        <translation>{file} файлын ForumGuide-тың жаңарақ нұсқасы жазған ({version} пішімі); ондағы ештеңе өзгермеуі үшін ол тек оқуға ашылды.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: your notes can be read but not changed.</source>
        <translation>{folder} қалтасы тек оқуға арналған: жазбаларыңызды оқуға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The file {file} is read-only: your notes can be read but not changed.</source>
        <translation>{file} файлы тек оқуға арналған: жазбаларыңызды оқуға болады, бірақ өзгертуге болмайды.</translation>
    </message>
    <message>
        <source>The system reported: {reason}.</source>
        <translation>Жүйе хабарлады: {reason}.</translation>
    </message>
    <message>
        <source>There is no way to upgrade your bookmarks and notes from format {version} to {target}; use the version of ForumGuide that wrote them.</source>
        <translation>Бетбелгілер мен жазбаларды {version} пішімінен {target} пішіміне жаңарту мүмкін емес; оларды жазған ForumGuide нұсқасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} is damaged and needs to be recovered, but its folder is read-only, so it was left as it is.</source>
        <translation>{file} бетбелгілер мен жазбалар файлы бүлінген және қалпына келтіруді қажет етеді, бірақ оның қалтасы тек оқуға арналған, сондықтан ол сол күйінде қалдырылды.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be read.</source>
        <translation>{file} бетбелгілер мен жазбалар файлы оқылмады.</translation>
    </message>
    <message>
        <source>The folder {file} could not be created.</source>
        <translation>{file} қалтасы жасалмады.</translation>
    </message>
    <message>
        <source>The folder {file} is read-only, so your bookmarks and notes cannot be kept there.</source>
        <translation>{file} қалтасы тек оқуға арналған, сондықтан бетбелгілер мен жазбаларды онда сақтау мүмкін емес.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} cannot be created: the file is read-only.</source>
        <translation>{file} бетбелгілер мен жазбалар файлын жасау мүмкін емес: файл тек оқуға арналған.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be opened.</source>
        <translation>{file} бетбелгілер мен жазбалар файлы ашылмады.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be prepared for this version.</source>
        <translation>{file} бетбелгілер мен жазбалар файлын осы нұсқаға дайындау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} needs an upgrade, but it could not be backed up first, so it was left as it is.</source>
        <translation>{file} бетбелгілер мен жазбалар файлын жаңарту керек, бірақ алдымен оның сақтық көшірмесін жасау мүмкін болмады, сондықтан ол сол күйінде қалдырылды.</translation>
    </message>
    <message>
        <source>{file} could not be backed up.</source>
        <translation>{file} файлының сақтық көшірмесі жасалмады.</translation>
    </message>
    <message>
        <source>The backup {file} cannot be read.</source>
        <translation>{file} сақтық көшірмесін оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>The backup {file} is damaged.</source>
        <translation>{file} сақтық көшірмесі бүлінген.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} жазылмады: {reason}.</translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a file name in {folder}.</source>
        <translation>«{name}» атауын {folder} ішінде файл атауы ретінде пайдалануға болмайды.</translation>
    </message>
    <message>
        <source>The session {session} is not in the programme.</source>
        <translation>{session} сессиясы бағдарламада жоқ.</translation>
    </message>
    <message>
        <source>The programme has no forum “{forum}”.</source>
        <translation>Бағдарламада «{forum}» форумы жоқ.</translation>
    </message>
    <message>
        <source>{forum} has no sessions yet, and a schedule file needs at least one.</source>
        <translation>«{forum}» форумында әзірге сессия жоқ, ал бағдарлама файлына кемінде біреуі керек.</translation>
    </message>
    <message>
        <source>The forum&apos;s time zone “{zone}” is not one this computer knows, so its times cannot be written.</source>
        <translation>Форумның «{zone}» уақыт белдеуін бұл компьютер білмейді, сондықтан оның уақыттарын жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>{forum} has a date in the year {year}, outside {first}–{last}; a schedule is written only with dates in those years.</source>
        <translation>«{forum}» форумында {year} жылғы күн бар, ол {first}–{last} аралығынан тыс; бағдарлама тек осы жылдардағы күндермен жазылады.</translation>
    </message>
    <message>
        <source>“{session}” has a date in the year {year}, outside {first}–{last}; a schedule is written only with dates in those years.</source>
        <translation>«{session}» сессиясында {year} жылғы күн бар, ол {first}–{last} аралығынан тыс; бағдарлама тек осы жылдардағы күндермен жазылады.</translation>
    </message>
    <message>
        <source>A PDF can only be made while ForumGuide&apos;s window is running.</source>
        <translation>PDF-ті ForumGuide терезесі ашық тұрғанда ғана жасауға болады.</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ол JSON нысаны емес.</translation>
    </message>
    <message>
        <source>“{field}” is not text.</source>
        <translation>«{field}» мәтін емес.</translation>
    </message>
    <message>
        <source>“{field}” is empty.</source>
        <translation>«{field}» бос.</translation>
    </message>
    <message>
        <source>“{field}” holds “{value}”, which is not a date and time.</source>
        <translation>«{field}» ішінде «{value}» жазылған, бұл күн мен уақыт емес.</translation>
    </message>
    <message>
        <source>“{field}” is in the year {year}, outside {first}–{last}.</source>
        <translation>«{field}» {year} жылға түседі, ол {first}–{last} аралығынан тыс.</translation>
    </message>
    <message>
        <source>its “snapshot” is not a JSON object.</source>
        <translation>оның «snapshot» мәні JSON нысаны емес.</translation>
    </message>
    <message>
        <source>its snapshot&apos;s “day” or “start” is not a date.</source>
        <translation>оның «snapshot» ішіндегі «day» не «start» мәні күн емес.</translation>
    </message>
    <message>
        <source>its snapshot&apos;s “start” is not a local wall time.</source>
        <translation>оның «snapshot» ішіндегі «start» мәні жергілікті уақыт емес.</translation>
    </message>
    <message>
        <source>its snapshot&apos;s time zone “{value}” is not one this computer knows.</source>
        <translation>оның «snapshot» ішіндегі «{value}» уақыт белдеуін бұл компьютер білмейді.</translation>
    </message>
    <message>
        <source>“target” must be “session” or “speaker”, not “{value}”.</source>
        <translation>«target» мәні «{value}» емес, «session» немесе «speaker» болуы керек.</translation>
    </message>
    <message>
        <source>“kind” must be “room”, “track” or “session”, not “{value}”.</source>
        <translation>«kind» мәні «{value}» емес, «room», «track» немесе «session» болуы керек.</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>оны оқу мүмкін емес.</translation>
    </message>
    <message>
        <source>In {file}, note {number} cannot be imported: {problem}</source>
        <translation>{file} ішіндегі №{number} жазбаны импорттау мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>In {file}, hidden item {number} cannot be imported: {problem}</source>
        <translation>{file} ішіндегі №{number} жасырылған элементті импорттау мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>In {file}, bookmark {number} cannot be imported: {problem}</source>
        <translation>{file} ішіндегі №{number} бетбелгіні импорттау мүмкін емес: {problem}</translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for a personal-data file.</source>
        <translation>{file} көлемі {size} МБ, бұл жеке деректер файлына арналған {limit} МБ шегінен асады.</translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation>{file} оқылмады ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation>{file} мәтіндік файл емес.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (not valid JSON at line {line}, column {column}).</source>
        <translation>{file} бүлінген немесе толық емес ({line}-жол, {column}-баған: JSON қате).</translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a personal-data file.</source>
        <translation>{file} құрылымы жеке деректер файлы болу үшін тым терең кірістірілген.</translation>
    </message>
    <message>
        <source>{file} is not a ForumGuide personal-data file.</source>
        <translation>{file} — ForumGuide жеке деректер файлы емес.</translation>
    </message>
    <message>
        <source>{file} has no valid format version.</source>
        <translation>{file} ішінде дұрыс пішім нұсқасы жоқ.</translation>
    </message>
    <message>
        <source>{file} was written by a newer version of ForumGuide (format version {version}); this version reads format version {current}. Update ForumGuide to import it.</source>
        <translation>{file} файлын ForumGuide-тың жаңарақ нұсқасы жазған ({version} пішім нұсқасы); бұл нұсқа {current} пішім нұсқасын оқиды. Оны импорттау үшін ForumGuide-ты жаңартыңыз.</translation>
    </message>
    <message>
        <source>In {file}, “{field}” is not a list.</source>
        <translation>{file} ішінде «{field}» тізім емес.</translation>
    </message>
    <message>
        <source>It is a PDF document, not a schedule.</source>
        <translation>Бұл — PDF құжаты, бағдарлама файлы емес.</translation>
    </message>
    <message>
        <source>It is an image, not a schedule.</source>
        <translation>Бұл — сурет, бағдарлама файлы емес.</translation>
    </message>
    <message>
        <source>It is a ZIP archive (or an office document), not a schedule.</source>
        <translation>Бұл — ZIP архиві (немесе кеңсе құжаты), бағдарлама файлы емес.</translation>
    </message>
    <message>
        <source>It is an SQLite database, not a schedule.</source>
        <translation>Бұл — SQLite дерекқоры, бағдарлама файлы емес.</translation>
    </message>
    <message>
        <source>It is a web page (HTML), not a schedule.</source>
        <translation>Бұл — веб-бет (HTML), бағдарлама файлы емес.</translation>
    </message>
    <message>
        <source>It is not a schedule file ForumGuide reads (frab or Pentabarf XML; frab, pretalx or c3voc JSON; iCalendar).</source>
        <translation>Бұл — ForumGuide оқи алатын бағдарлама файлы емес (frab не Pentabarf XML; frab, pretalx не c3voc JSON; iCalendar).</translation>
    </message>
    <message>
        <source>It is a calendar with no events.</source>
        <translation>Бұл — оқиғалары жоқ күнтізбе.</translation>
    </message>
    <message>
        <source>It is a c3voc schedule (second version) with no events.</source>
        <translation>Бұл — оқиғалары жоқ c3voc бағдарламасы (екінші нұсқа).</translation>
    </message>
    <message>
        <source>It is a frab or pretalx schedule (JSON) with no events.</source>
        <translation>Бұл — оқиғалары жоқ frab не pretalx бағдарламасы (JSON).</translation>
    </message>
    <message>
        <source>It is a frab schedule with no events.</source>
        <translation>Бұл — оқиғалары жоқ frab бағдарламасы.</translation>
    </message>
    <message>
        <source>It is a calendar, but it is malformed or truncated ({reason}).</source>
        <translation>Бұл — күнтізбе, бірақ оның пішімі қате немесе соңы қиылған ({reason}).</translation>
    </message>
    <message>
        <source>It is JSON, but it is malformed or truncated (line {line}, column {column}: {reason}).</source>
        <translation>Бұл — JSON, бірақ оның пішімі қате немесе соңы қиылған ({line}-жол, {column}-баған: {reason}).</translation>
    </message>
    <message>
        <source>It is XML, but it is malformed or truncated (line {line}, column {column}: {reason}).</source>
        <translation>Бұл — XML, бірақ оның пішімі қате немесе соңы қиылған ({line}-жол, {column}-баған: {reason}).</translation>
    </message>
    <message>
        <source>It is JSON, but it cannot be read ({reason}).</source>
        <translation>Бұл — JSON, бірақ оны оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>It is XML, but it cannot be read ({reason}).</source>
        <translation>Бұл — XML, бірақ оны оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>It is XML that declares entities (an “XML bomb” can expand them to gigabytes); ForumGuide refuses such files.</source>
        <translation>Бұл — нысандар (entities) жариялайтын XML («XML бомбасы» оларды гигабайттарға дейін ұлғайта алады); ForumGuide мұндай файлдарды қабылдамайды.</translation>
    </message>
    <message>
        <source>It is XML that refers to an external entity (a way to read other files); ForumGuide refuses such files.</source>
        <translation>Бұл — сыртқы нысанға (external entity) сілтейтін XML (басқа файлдарды оқу тәсілі); ForumGuide мұндай файлдарды қабылдамайды.</translation>
    </message>
    <message>
        <source>It is XML that declares a document type (DTD), which can hide an XML bomb or read other files; ForumGuide refuses such files.</source>
        <translation>Бұл — құжат түрін (DTD) жариялайтын XML, ал ол XML бомбасын жасыра немесе басқа файлдарды оқи алады; ForumGuide мұндай файлдарды қабылдамайды.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not a JSON object.</source>
        <translation>Бұл — бағдарлама, бірақ {field} өрісі JSON объектісі емес.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not a list.</source>
        <translation>Бұл — бағдарлама, бірақ {field} өрісі тізім емес.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not text.</source>
        <translation>Бұл — бағдарлама, бірақ {field} өрісі мәтін емес.</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has a date in the year {year}, outside {first}–{last}.</source>
        <translation>Бұл — бағдарлама, бірақ {session} сессиясының күні {year} жылға түседі, ол {first}–{last} аралығынан тыс.</translation>
    </message>
    <message>
        <source>It is a schedule, but the conference has a date in the year {year}, outside {first}–{last}.</source>
        <translation>Бұл — бағдарлама, бірақ конференцияның күні {year} жылға түседі, ол {first}–{last} аралығынан тыс.</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has an invalid time “{value}”.</source>
        <translation>Бұл — бағдарлама, бірақ {session} сессиясының уақыты жарамсыз: «{value}».</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has an invalid time ({reason}).</source>
        <translation>Бұл — бағдарлама, бірақ {session} сессиясының уақыты жарамсыз ({reason}).</translation>
    </message>
    <message>
        <source>It is a schedule whose time zone “{zone}” is not one this computer knows; give the conference&apos;s time zone.</source>
        <translation>Бұл — бағдарлама, бірақ оның «{zone}» уақыт белдеуін бұл компьютер білмейді; конференцияның уақыт белдеуін көрсетіңіз.</translation>
    </message>
    <message>
        <source>It is a schedule that does not say which time zone its times are in; give the conference&apos;s time zone.</source>
        <translation>Бұл — бағдарлама, бірақ онда уақыттың қай белдеу бойынша берілгені көрсетілмеген; конференцияның уақыт белдеуін көрсетіңіз.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Файл жоқ.</translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation>Бұл — файл емес, қалта.</translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation>Бұл — кәдімгі файл емес.</translation>
    </message>
    <message>
        <source>ForumGuide is not allowed to read it.</source>
        <translation>ForumGuide бұл файлды оқи алмайды: рұқсат жоқ.</translation>
    </message>
    <message>
        <source>It cannot be read ({reason}).</source>
        <translation>Файлды оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <source>It is {size} MB, over the limit of {limit} MB.</source>
        <translation>Файлдың көлемі {size} МБ, бұл {limit} МБ шегінен асады.</translation>
    </message>
    <message>
        <source>It is over the limit of {limit} MB.</source>
        <translation>Файл {limit} МБ шегінен асады.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>It is a JSON file that is not a schedule.</source>
        <translation>Бұл — бағдарлама емес JSON файлы.</translation>
    </message>
    <message>
        <source>It is an XML file, but not a conference schedule (it holds &lt;{element}&gt;).</source>
        <translation>Бұл — XML файлы, бірақ конференция бағдарламасы емес (онда &lt;{element}&gt; бар).</translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation>Бұл — UTF-8 мәтіні емес.</translation>
    </message>
    <message>
        <source>It is nested too deeply to be a schedule.</source>
        <translation>Оның құрылымы бағдарлама болу үшін тым терең кірістірілген.</translation>
    </message>
    <message>
        <source>It holds a value that cannot be read ({reason}).</source>
        <translation>Онда оқылмайтын мән бар ({reason}).</translation>
    </message>
    <message>
        <source>It is a frab schedule with no &lt;conference&gt; section.</source>
        <translation>Бұл — &lt;conference&gt; бөлімі жоқ frab бағдарламасы.</translation>
    </message>
    <message>
        <source>It is a schedule that names no conference (no title or acronym).</source>
        <translation>Бұл — ешбір конференция аталмаған бағдарлама (атауы да, қысқартпасы да жоқ).</translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has no title.</source>
        <translation>Бұл — бағдарлама, бірақ {session} сессиясының атауы жоқ.</translation>
    </message>
    <message>
        <source>It is a schedule, but {field} holds “{value}”, which is not a date.</source>
        <translation>Бұл — бағдарлама, бірақ {field} өрісіндегі «{value}» мәні күн емес.</translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows.</source>
        <translation>«{zone}» — бұл компьютер білмейтін уақыт белдеуі.</translation>
    </message>
    <message>
        <source>Its programme could not be saved in {folder} ({reason}).</source>
        <translation>Оның бағдарламасы {folder} қалтасына сақталмады ({reason}).</translation>
    </message>
    <message>
        <source>Its programme could not be put in place ({reason}).</source>
        <translation>Оның бағдарламасын орнына қою мүмкін болмады ({reason}).</translation>
    </message>
    <message>
        <source>Manage programmes</source>
        <translation>Бағдарламаларды басқару</translation>
    </message>
    <message>
        <source>&amp;Programmes shown. Removing an imported programme keeps your bookmarks and notes on it; importing its schedule again brings them back.</source>
        <translation>Көрсетілетін &amp;бағдарламалар. Импортталған бағдарламаны алып тастасаңыз, ондағы бетбелгілер мен жазбаларыңыз сақталады; оны қайта импорттасаңыз, олар қайтарылады.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Бағдарламалар</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Бағдарламаны импорттау</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Алып &amp;тастау…</translation>
    </message>
    <message>
        <source>Remove the selected programme</source>
        <translation>Таңдалған бағдарламаны алып тастау</translation>
    </message>
    <message>
        <source>Remove the selected imported programme; your bookmarks and notes on it are kept</source>
        <translation>Таңдалған импортталған бағдарламаны алып тастау; ондағы бетбелгілер мен жазбаларыңыз сақталады</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Comes with ForumGuide</source>
        <translation>ForumGuide құрамында</translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation>Импортталды: {date}</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортталған</translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation>Импорт көзі: {source}</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Бағдарламаны алып тастау</translation>
    </message>
    <message>
        <source>Remove {programme}?

Your {bookmarks} bookmark(s) and {notes} note(s) on its sessions are kept and shown as belonging to a removed programme. Importing its schedule again brings them back.</source>
        <translation>«{programme}» бағдарламасын алып тастайсыз ба?

Оның сессияларындағы бетбелгілеріңіз ({bookmarks}) мен жазбаларыңыз ({notes}) сақталады және алынып тасталған бағдарламаға тиесілі ретінде көрсетіледі. Оны қайта импорттасаңыз, олар қайтарылады.</translation>
    </message>
    <message>
        <source>{programme} was not removed.

{reason}</source>
        <translation>«{programme}» бағдарламасы алынып тасталмады.

{reason}</translation>
    </message>
    <message>
        <source>{programme} was removed. Your {bookmarks} bookmark(s) and {notes} note(s) on it are kept; import its schedule again to bring them back.</source>
        <translation>«{programme}» бағдарламасы алынып тасталды. Ондағы бетбелгілеріңіз ({bookmarks}) мен жазбаларыңыз ({notes}) сақталды; оларды қайтару үшін бағдарламаны қайта импорттаңыз.</translation>
    </message>
    <message>
        <source>M&amp;anage programmes…</source>
        <translation>Бағдарламаларды басқа&amp;ру…</translation>
    </message>
    <message>
        <source>See the programmes shown, import another or remove an imported one</source>
        <translation>Көрсетілетін бағдарламаларды қарау, жаңасын импорттау не импортталғанын алып тастау</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Іздеу нәтижелері</translation>
    </message>
    <message>
        <source>Only this for&amp;um</source>
        <translation>Тек осы форум&amp;да</translation>
    </message>
    <message>
        <source>Search the forum shown only</source>
        <translation>Тек көрсетілген форумнан іздеу</translation>
    </message>
    <message>
        <source>Search this forum only</source>
        <translation>Тек осы форумнан іздеу</translation>
    </message>
    <message>
        <source>{title} — {place}</source>
        <translation>{title} — {place}</translation>
    </message>
    <message>
        <source>Sessions in this forum ({count})</source>
        <translation>Осы форумдағы сессиялар ({count})</translation>
    </message>
    <message>
        <source>Sessions in other forums ({count})</source>
        <translation>Басқа форумдардағы сессиялар ({count})</translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation>Адамдар ({count})</translation>
    </message>
    <message>
        <source>{name} — {affiliation}</source>
        <translation>{name} — {affiliation}</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Жазбалар ({count})</translation>
    </message>
    <message>
        <source>{title}: {beginning}</source>
        <translation>{title}: {beginning}</translation>
    </message>
    <message>
        <source>Clear the search (in the search box)</source>
        <translation>Іздеуді тазарту (іздеу өрісінде)</translation>
    </message>
    <message>
        <source>Go to the first result (in the search box)</source>
        <translation>Бірінші нәтижеге өту (іздеу өрісінде)</translation>
    </message>
    <message>
        <source>Found for “{query}”:</source>
        <translation>«{query}» бойынша табылғандар:</translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation>«{query}» бойынша ештеңе табылмады.</translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation>(мәзірсіз)</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Пернелер</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Мәзір</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <source>Every command with keys. Alt and the underlined letter of a menu, tab, button or label also goes to it.</source>
        <translation>Пернелер тіркесімі бар барлық командалар. Мәзірге, қойындыға, батырмаға не белгіге Alt пернесі мен оның асты сызылған әрпі арқылы да өтуге болады.</translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation>Өшірілген нәрсе</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Өшіруді болдырмау</translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation>Қайтару (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Бұл хабарды жабу</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>Put back the bookmark removed or the note deleted last</source>
        <translation>Соңғы өшірілген бетбелгіні не жойылған жазбаны қайтару</translation>
    </message>
    <message>
        <source>It could not be put back: {reason}</source>
        <translation>Қайтару мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <source>That can no longer be undone.</source>
        <translation>Мұны енді болдырмау мүмкін емес.</translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation>Бетбелгі өшірілді: {title}</translation>
    </message>
    <message>
        <source>Note on {name} deleted</source>
        <translation>{name} туралы жазба жойылды</translation>
    </message>
    <message>
        <source>Note deleted: {title}</source>
        <translation>Жазба жойылды: {title}</translation>
    </message>
    <message>
        <source>You appear to be offline: {host} could not be reached. Check the connection (and the address), then try again.</source>
        <translation>Желіге қосылмаған сияқтысыз: {host} сайтына қосылу мүмкін болмады. Байланысты (және мекенжайды) тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Only web addresses that start with http:// or https:// can be imported.</source>
        <translation>Тек http:// немесе https:// деп басталатын веб-мекенжайлардан импорттауға болады.</translation>
    </message>
    <message>
        <source>{host} did not accept the connection. Try again later.</source>
        <translation>{host} сайты қосылымды қабылдамады. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{host} took too long to answer. Try again later.</source>
        <translation>{host} сайты тым ұзақ жауап бермеді. Кейінірек қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: its certificate could not be verified.</source>
        <translation>{host} сайтымен қосылым қауіпсіз емес: оның сертификатын тексеру мүмкін болмады.</translation>
    </message>
    <message>
        <source>{host} has no schedule at this address (error 404).</source>
        <translation>{host} сайтында бұл мекенжай бойынша бағдарлама жоқ (404 қатесі).</translation>
    </message>
    <message>
        <source>{host} answered with error {status}.</source>
        <translation>{host} сайты {status} қатесімен жауап берді.</translation>
    </message>
    <message>
        <source>The file is too large to be a schedule.</source>
        <translation>Файл бағдарлама болу үшін тым үлкен.</translation>
    </message>
    <message>
        <source>The connection to {host} ended before the whole file arrived.</source>
        <translation>{host} сайтымен қосылым файл толық келмей тұрып үзілді.</translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation>Веб-мекенжайдан импорттау</translation>
    </message>
    <message>
        <source>&amp;Address of the schedule (frab or Pentabarf XML, frab or pretalx JSON, iCalendar):</source>
        <translation>Бағдарламаның &amp;мекенжайы (frab не Pentabarf XML, frab не pretalx JSON, iCalendar):</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Schedule address</source>
        <translation>Бағдарлама мекенжайы</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Мекенжай қатесі</translation>
    </message>
    <message>
        <source>Enter a web address that starts with http:// or https://.</source>
        <translation>http:// немесе https:// деп басталатын веб-мекенжайды енгізіңіз.</translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation>&amp;Веб-мекенжайдан импорттау…</translation>
    </message>
    <message>
        <source>Import a conference schedule from its web address, to update it later</source>
        <translation>Конференция бағдарламасын кейін жаңарту үшін оның веб-мекенжайынан импорттау</translation>
    </message>
    <message>
        <source>Chec&amp;k for programme updates</source>
        <translation>Бағдарлама жаңартуларын &amp;тексеру</translation>
    </message>
    <message>
        <source>Fetch the programme shown again from its web address and show what changed</source>
        <translation>Көрсетілген бағдарламаны веб-мекенжайынан қайта жүктеп, не өзгергенін көрсету</translation>
    </message>
    <message>
        <source>Nothing was changed. The address: {url}</source>
        <translation>Ештеңе өзгерген жоқ. Мекенжай: {url}</translation>
    </message>
    <message>
        <source>This programme was not imported from a web address: there is nothing to check.</source>
        <translation>Бұл бағдарлама веб-мекенжайдан импортталмаған: тексеретін ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Another import is still running; try again when it has finished.</source>
        <translation>Басқа импорт әлі жүріп жатыр; ол аяқталған соң қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Checking {host} for programme updates</source>
        <translation>{host} сайтынан бағдарлама жаңартулары тексерілуде</translation>
    </message>
    <message>
        <source>Importing from {host}</source>
        <translation>Импортталуда: {host}</translation>
    </message>
    <message>
        <source>The programme is up to date: {host} has no newer version.</source>
        <translation>Бағдарлама өзекті: {host} сайтында жаңарақ нұсқа жоқ.</translation>
    </message>
    <message>
        <source>Programme updated</source>
        <translation>Бағдарлама жаңартылды</translation>
    </message>
    <message>
        <source>Check for programme updates</source>
        <translation>Бағдарлама жаңартуларын тексеру</translation>
    </message>
    <message>
        <source>What {host} sent cannot be imported. {problem}</source>
        <translation>{host} сайты жіберген файлды импорттау мүмкін емес. {problem}</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The bookmark was not removed: {0}</source>
        <translation>Бетбелгі өшірілмеді: {0}</translation>
    </message>
    <message>
        <source>The bookmark was not saved: {0}</source>
        <translation>Бетбелгі сақталмады: {0}</translation>
    </message>
    <message>
        <source>The change was not saved: {0}</source>
        <translation>Өзгеріс сақталмады: {0}</translation>
    </message>
    <message>
        <source>The note was not deleted: {0}</source>
        <translation>Жазба жойылмады: {0}</translation>
    </message>
</context>
</TS>
