<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your bookmarks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookmarks to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your bookmarked sessions as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print my agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your bookmarked sessions by day (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks could not be opened; see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet. Select a session in Programme and press Ctrl+D to add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked sessions: {shown} of {count} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked sessions: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlapping: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ForumGuide ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {summary}

Your saved notes are safe. The details are in the log file in {folder}; please include it if you report the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time to be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions no longer in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {zone} ({offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlaps another session you bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no sessions to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar export options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which bookmarked sessions should go into the calendar file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of this &amp;forum: {forum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of this forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of one &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks of one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my &amp;notes in the descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions whose time is not announced yet become all-day events that say so; those without a date are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export bookmarks to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your bookmarked sessions as an iCalendar (.ics) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your notes as a Markdown or PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the programme of the current forum as a frab schedule (XML or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your bookmarks and notes to a file, to move them to another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;mport personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the bookmarks and notes of a personal-data file to yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes are not open yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no bookmarks yet. Bookmark sessions in Programme with Ctrl+D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agenda - {forum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hidden room(s), track(s) or session(s) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n session(s) to {file}.</source>
        <translation>
            <numerusform>Saved %n session to {file}.</numerusform>
            <numerusform>Saved %n sessions to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) without a date were left out.</source>
        <translation>
            <numerusform>%n session without a date was left out.</numerusform>
            <numerusform>%n sessions without a date were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) no longer in the programme were left out.</source>
        <translation>
            <numerusform>%n session no longer in the programme was left out.</numerusform>
            <numerusform>%n sessions no longer in the programme were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no notes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n note(s) to {file}.</source>
        <translation>
            <numerusform>Saved %n note to {file}.</numerusform>
            <numerusform>Saved %n notes to {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a forum first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frab schedule XML (*.xml);;frab schedule JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the programme of {forum} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ForumGuide personal data {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ForumGuide personal data (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {bookmarks} bookmark(s) and {notes} note(s) to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note being edited could not be saved, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pro&amp;gramme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal da&amp;ta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen bookmarks has a date yet, so there is nothing to put in a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {file}: {bookmarks} bookmark(s) and {notes} note(s) added, {merged} note(s) combined with yours (both texts kept), {unchanged} already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year inferred: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year inferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{zone}, {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your time, {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time TBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, time to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, {clock} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>news report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opinion article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptive title; the document has no headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptive title; the sources give no official title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-organised with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not say which time zone its times are in.
Choose the conference&apos;s time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum}: {sessions} sessions and {people} people. Times are in {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the earlier version; no session was added, removed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces the earlier version: {added} added, {removed} removed, {moved} moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bookmarked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {title} ({place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: {title} (was {place})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: {title} ({before} → {after})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not imported: another import is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the forum to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sessions, speakers and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in &amp;my time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in my time &amp;zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in my time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show session times in this computer&apos;s time zone instead of the forum&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forum time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results by &amp;relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sessions found best match first instead of by day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme as &amp;timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a day of the programme as a timetable of rooms and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions on now in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on now and what starts next, your bookmarked sessions first (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a conference schedule (frab or Pentabarf XML, frab or pretalx JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ForumGuide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remind me of bookmarked sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follo&amp;w-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of your notes that begin with [ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme could be opened. Reinstall ForumGuide, or import a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes are still being opened; please wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes could not be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is no longer in the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added back: {bookmarks} bookmark(s), {notes} note(s), and {merged} note(s) combined with yours (both texts kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes found could not be added back: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding back the notes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up your bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file that can be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ForumGuide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;ForumGuide {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline guide to international forums: the programme, the speakers, your bookmarks and your notes.&lt;/p&gt;&lt;p&gt;Your data is kept in {folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved. Close anyway and lose the unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marks}, has a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to bookmark or to remove the bookmark (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ You have a note on this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the last update: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time: {h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time: {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its programme was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overlaps another bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Overlaps {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Overlaps {title} and %n more</source>
        <translation>
            <numerusform>⚠ Overlaps {title} and %n more</numerusform>
            <numerusform>⚠ Overlaps {title} and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines in your notes that begin with [ ] or - [ ]. Space ticks one off; Enter opens what its note is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your follow-ups could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet. Begin a line of a note with [ ] to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-ups: {open} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” was changed in its note meanwhile; the list is shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not ticked: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not be opened; see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (removed from the programme)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list of notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every note, to read and edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-&amp;ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lines of your notes that begin with [ ], to tick off (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sor&amp;t by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort notes by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the note was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (its programme was removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note contains “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes yet. Select a session and type in “Your note”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note to read and edit it; press Enter to open what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {created} · last edited {edited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edited {edited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;mat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout this forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the programme as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a day of the programme as a timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the sessions on now (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents name no sessions of this forum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this session (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden sessions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden rooms, tracks or sessions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is hidden. Choose Show… below the list to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidd&amp;en: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speakers (family name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &amp;bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;title and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;room “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide trac&amp;k “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no date yet: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “{title}” to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;sessions and biography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All formats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session of {forum} is on now or later today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions to show with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your note on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your note on this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speakers in this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon: {count} of your sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at {start} in {room}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in {span})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the session of this reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: {work}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your notes here; they are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet; saving is being retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is too long to edit here ({count} characters); its beginning is shown and the whole note is kept. Export your notes to read all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other note(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n other note waiting to be saved.</numerusform>
            <numerusform>%n other notes waiting to be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) waiting to be saved.</source>
        <translation>
            <numerusform>%n note waiting to be saved.</numerusform>
            <numerusform>%n notes waiting to be saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed elsewhere meanwhile; both texts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes are saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note is not saved yet: {reason} The text is kept and saving is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; other notes are waiting to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions on now and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the &amp;programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show now in the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No programme is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next in each room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is on or coming up today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum} has not started: it begins on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum} is over: it ended on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum}: {date}, {time} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {end}, {span} left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start}, in {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print my agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print your bookmarked sessions by day, with room for notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my agenda as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your bookmarked sessions by day as a PDF, to print or carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day &amp;shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the programme of the day shown in the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day shown as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the programme of the day shown in the timetable as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date to be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the day shown as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name} to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was empty; it was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in the place of your bookmarks and notes was not ForumGuide&apos;s; it was moved, unchanged, to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that is not a file was in the place of your bookmarks and notes; it was moved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file was damaged; it was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ForumGuide started on {time}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {time} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup could be restored, so an empty file was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{notes} note(s) and {bookmarks} bookmark(s) were found only in the files set aside; you can add them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} hidden room(s), track(s) or session(s) were found there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to your bookmarks and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them ba&amp;ck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OK, I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the notes and bookmarks found back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer backup of {time} ({file}) could not be restored because the disk is full. Free some space and start ForumGuide again to get back what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) is damaged and could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) was written by a newer version of ForumGuide and could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored: the folder or file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored: the file is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {time} ({file}) could not be restored ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder of the files set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day shown in the timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+Minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+Plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time to be confirmed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of this day with no time yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date TBC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session of this day has a time yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder of that name is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder or file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is locked by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalog {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalog {file} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalog {file} was written by a newer version of ForumGuide (schema {version}; this version reads {current}). Update ForumGuide to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalog {file} is of schema {version}, too old for this version of ForumGuide; import its schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalog {file} is of an older version and was not opened; reinstall ForumGuide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalog {file} is damaged ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme catalog {file} could not be upgraded to this version ({reason}); it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled programme cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no imported programme {programme}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be deleted ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of ForumGuide (format {version}); it is open read-only so that nothing in it is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} is read-only: your notes can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is read-only: your notes can be read but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system reported: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way to upgrade your bookmarks and notes from format {version} to {target}; use the version of ForumGuide that wrote them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} is damaged and needs to be recovered, but its folder is read-only, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {file} could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {file} is read-only, so your bookmarks and notes cannot be kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} cannot be created: the file is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} could not be prepared for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and notes file {file} needs an upgrade, but it could not be backed up first, so it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {file} is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be used as a file name in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session {session} is not in the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme has no forum “{forum}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum} has no sessions yet, and a schedule file needs at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forum&apos;s time zone “{zone}” is not one this computer knows, so its times cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{forum} has a date in the year {year}, outside {first}–{last}; a schedule is written only with dates in those years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{session}” has a date in the year {year}, outside {first}–{last}; a schedule is written only with dates in those years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF can only be made while ForumGuide&apos;s window is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” holds “{value}”, which is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{field}” is in the year {year}, outside {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its “snapshot” is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its snapshot&apos;s “day” or “start” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its snapshot&apos;s “start” is not a local wall time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its snapshot&apos;s time zone “{value}” is not one this computer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“target” must be “session” or “speaker”, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“kind” must be “room”, “track” or “session”, not “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {file}, note {number} cannot be imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {file}, hidden item {number} cannot be imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {file}, bookmark {number} cannot be imported: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} MB, over the limit of {limit} MB for a personal-data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete (not valid JSON at line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a personal-data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a ForumGuide personal-data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no valid format version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was written by a newer version of ForumGuide (format version {version}); this version reads format version {current}. Update ForumGuide to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {file}, “{field}” is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a PDF document, not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an image, not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a ZIP archive (or an office document), not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an SQLite database, not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a web page (HTML), not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a schedule file ForumGuide reads (frab or Pentabarf XML; frab, pretalx or c3voc JSON; iCalendar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a calendar with no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a c3voc schedule (second version) with no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a frab or pretalx schedule (JSON) with no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a frab schedule with no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a calendar, but it is malformed or truncated ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is JSON, but it is malformed or truncated (line {line}, column {column}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is XML, but it is malformed or truncated (line {line}, column {column}: {reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is JSON, but it cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is XML, but it cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is XML that declares entities (an “XML bomb” can expand them to gigabytes); ForumGuide refuses such files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is XML that refers to an external entity (a way to read other files); ForumGuide refuses such files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is XML that declares a document type (DTD), which can hide an XML bomb or read other files; ForumGuide refuses such files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but {field} is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has a date in the year {year}, outside {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but the conference has a date in the year {year}, outside {first}–{last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has an invalid time “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has an invalid time ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule whose time zone “{zone}” is not one this computer knows; give the conference&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule that does not say which time zone its times are in; give the conference&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ForumGuide is not allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is {size} MB, over the limit of {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is over the limit of {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a JSON file that is not a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is an XML file, but not a conference schedule (it holds &lt;{element}&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is nested too deeply to be a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds a value that cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a frab schedule with no &lt;conference&gt; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule that names no conference (no title or acronym).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but session {session} has no title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a schedule, but {field} holds “{value}”, which is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone this computer knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its programme could not be saved in {folder} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its programme could not be put in place ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programmes shown. Removing an imported programme keeps your bookmarks and notes on it; importing its schedule again brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected imported programme; your bookmarks and notes on it are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes with ForumGuide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {programme}?

Your {bookmarks} bookmark(s) and {notes} note(s) on its sessions are kept and shown as belonging to a removed programme. Importing its schedule again brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme} was not removed.

{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{programme} was removed. Your {bookmarks} bookmark(s) and {notes} note(s) on it are kept; import its schedule again to bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;anage programmes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the programmes shown, import another or remove an imported one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this for&amp;um</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the forum shown only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this forum only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in this forum ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in other forums ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {affiliation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {beginning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search (in the search box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the first result (in the search box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found for “{query}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command with keys. Alt and the underlined letter of a menu, tab, button or label also goes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put it back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the bookmark removed or the note deleted last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be put back: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on {name} deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You appear to be offline: {host} could not be reached. Check the connection (and the address), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web addresses that start with http:// or https:// can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} did not accept the connection. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} took too long to answer. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} is not secure: its certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} has no schedule at this address (error 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} answered with error {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to {host} ended before the whole file arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address of the schedule (frab or Pentabarf XML, frab or pretalx JSON, iCalendar):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address that starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a conference schedule from its web address, to update it later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k for programme updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the programme shown again from its web address and show what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. The address: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This programme was not imported from a web address: there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {host} for programme updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing from {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The programme is up to date: {host} has no newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for programme updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What {host} sent cannot be imported. {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The bookmark was not removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookmark was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was not deleted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
