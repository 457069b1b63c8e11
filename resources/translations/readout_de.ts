<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>EventExplanation</name>
    <message>
        <location filename="../../core/events/eventexplanation.cpp" line="+16"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 set by the analyst</source>
        <translation>%1 vom Analysten gesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from rule %2: “%3”</source>
        <translation>%1 aus Regel %2: „%3“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no rule recorded (saved by an older Readout)</source>
        <translation>%1: keine Regel vermerkt (von einer älteren Readout-Version gespeichert)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../core/edit/eventedits.cpp" line="+125"/>
        <source>“%1” is not complete: type a day (2024-03-12), a month (2024-03) or a year (2024)</source>
        <translation>„%1“ ist unvollständig: Geben Sie einen Tag (2024-03-12), einen Monat (2024-03) oder ein Jahr (2024) ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a date: there is no month %2</source>
        <translation>„%1“ ist kein Datum: Es gibt keinen Monat %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a date: %2 has %3 days</source>
        <translation>„%1“ ist kein Datum: %2 hat %3 Tage</translation>
    </message>
</context>
<context>
    <name>Readout::AnalystKnowledge</name>
    <message>
        <location filename="../../core/knowledge/analystknowledge.cpp" line="+29"/>
        <location line="+36"/>
        <source>user dictionary not used: %1</source>
        <translation>Benutzerwörterbuch nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>not using the data folder %1: %2; using the built-in data</source>
        <translation>Datenordner %1 nicht verwendet: %2; die eingebauten Daten werden verwendet</translation>
    </message>
</context>
<context>
    <name>Readout::AnnotationPalette</name>
    <message>
        <location filename="../../widgets/annotationpalette.cpp" line="+116"/>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ORGANIZATION</source>
        <translation>ORGANISATION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NATIONALITY</source>
        <translation>NATIONALITÄT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EVIDENCE</source>
        <translation>BELEG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HEADER</source>
        <translation>KOPFZEILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CORRECTED</source>
        <translation>KORRIGIERT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SAME</source>
        <translation>GLEICH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CONFLICT</source>
        <translation>KONFLIKT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNMATCHED</source>
        <translation>OHNE GEGENSTÜCK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIFFERENT</source>
        <translation>ANDERS</translation>
    </message>
</context>
<context>
    <name>Readout::Annotations</name>
    <message>
        <location filename="../../core/annotations.cpp" line="+220"/>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Change %1 to %2</source>
        <translation>%1 in %2 ändern</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resize %1</source>
        <translation>Größe von %1 ändern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set %1 to stand for %2</source>
        <translation>%1 steht für %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resolve %1 to %2</source>
        <translation>%1 zu %2 auflösen</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+8"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-7"/>
        <source>Delete %n entities</source>
        <translation>
            <numerusform>%n Entität löschen</numerusform>
            <numerusform>%n Entitäten löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Set %1 of %2</source>
        <translation>%1 von %2 festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark %1 reviewed</source>
        <translation>%1 als geprüft markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 unreviewed</source>
        <translation>%1 als ungeprüft markieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add event %1</source>
        <translation>Ereignis %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Readout::ArticlePrinter</name>
    <message>
        <location filename="../../widgets/articleprinter.cpp" line="+105"/>
        <source>Published %1</source>
        <translation>Veröffentlicht am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publication date unknown</source>
        <translation>Veröffentlichungsdatum unbekannt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Events: none found</source>
        <translation>Ereignisse: keine gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events (%1)</source>
        <translation>Ereignisse (%1)</translation>
    </message>
</context>
<context>
    <name>Readout::ArticleSession</name>
    <message>
        <location filename="../../core/session/articlesession.cpp" line="+101"/>
        <source>Annotated in this article only: “%1” %2, so it is not learnt for every article</source>
        <translation>Nur in diesem Artikel annotiert: „%1“ %2, daher nicht für alle Artikel gelernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User dictionary not saved: %1</source>
        <translation>Benutzerwörterbuch nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Took the corrections saved by the other program</source>
        <translation>Die vom anderen Programm gespeicherten Korrekturen wurden übernommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other version could not be read: %1</source>
        <translation>Die andere Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Dates anchored on %1: %n value(s) re-resolved</source>
        <translation>
            <numerusform>Datumsangaben auf %1 bezogen: %n Wert neu aufgelöst</numerusform>
            <numerusform>Datumsangaben auf %1 bezogen: %n Werte neu aufgelöst</numerusform>
        </translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Corrections not saved: %1</source>
        <translation>Korrekturen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The other version of the corrections was kept as %1</source>
        <translation>Die andere Version der Korrekturen wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed by another program (or another Readout window) since %2 was opened here. Your corrections are not saved over it until you choose.</source>
        <translation>%1 wurde von einem anderen Programm (oder einem anderen Readout-Fenster) geändert, seit %2 hier geöffnet wurde. Ihre Korrekturen werden erst darübergespeichert, wenn Sie sich entschieden haben.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restored the corrections saved in %1</source>
        <translation>Die in %1 gespeicherten Korrekturen wurden wiederhergestellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annotations From a Newer Readout</source>
        <translation>Annotationen aus einer neueren Readout-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The article opens without them; corrections made now are not saved.</source>
        <translation>%1

Der Artikel wird ohne sie geöffnet; jetzt vorgenommene Korrekturen werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Damaged Annotations File</source>
        <translation>Beschädigte Annotationsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

The article opens without them.</source>
        <translation>%1

Der Artikel wird ohne sie geöffnet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extraction of %1 was cancelled</source>
        <translation>Extraktion von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Starting again; the old annotations were kept as %1</source>
        <translation>Neuer Anfang; die alten Annotationen wurden als %1 aufbewahrt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re-anchor on the changed article (lost %1 entities, %2 events)</source>
        <translation>Neu am geänderten Artikel verankern (%1 Entitäten, %2 Ereignisse verloren)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re-anchored every annotation on the changed article</source>
        <translation>Alle Annotationen wurden am geänderten Artikel neu verankert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-anchored on the changed article; not found any more: %1</source>
        <translation>Am geänderten Artikel neu verankert; nicht mehr gefunden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your corrections were kept as %1</source>
        <translation>Ihre Korrekturen wurden als %1 aufbewahrt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“%1” will not be suggested as a name in any article; Undo to forget</source>
        <translation>„%1“ wird in keinem Artikel mehr als Name vorgeschlagen; zum Vergessen rückgängig machen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” will be tagged %2 in every article; Undo to forget</source>
        <translation>„%1“ wird in jedem Artikel als %2 markiert; zum Vergessen rückgängig machen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Forgot that “%1” is never a name</source>
        <translation>Vergessen, dass „%1“ nie ein Name ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot “%1”: no longer tagged %2 in every article</source>
        <translation>„%1“ vergessen: nicht mehr in jedem Artikel als %2 markiert</translation>
    </message>
</context>
<context>
    <name>Readout::ArticleView</name>
    <message>
        <location filename="../../widgets/articleview.cpp" line="+213"/>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Header (metadata, not annotated)
published %1</source>
        <translation>Kopfzeile (Metadaten, nicht annotiert)
veröffentlicht am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header (metadata, not annotated)</source>
        <translation>Kopfzeile (Metadaten, nicht annotiert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (unresolved %2)</source>
        <translation>%1 (nicht aufgelöst: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stands for %1</source>
        <translation>Steht für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
</context>
<context>
    <name>Readout::ArticleWork</name>
    <message>
        <location filename="../../core/corpus/articlework.cpp" line="+74"/>
        <source>%1 has changed since its corrections were saved in %2; they are not used: open the article in Readout to re-anchor them, or pass --no-sidecar (or --clean) to extract without them</source>
        <translation>%1 wurde geändert, seit seine Korrekturen in %2 gespeichert wurden; sie werden nicht verwendet: Öffnen Sie den Artikel in Readout, um sie neu zu verankern, oder extrahieren Sie mit --no-sidecar (oder --clean) ohne sie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not using %2: %3; extracting without it</source>
        <translation>%1: %2 wird nicht verwendet: %3; Extraktion ohne sie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: using corrections from %2</source>
        <translation>%1: Korrekturen aus %2 werden verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: publication date %2 not used: the corrections are dated against %3 (pass --no-sidecar to extract with it)</source>
        <translation>%1: Veröffentlichungsdatum %2 nicht verwendet: Die Korrekturen beziehen sich auf %3 (mit --no-sidecar wird es verwendet)</translation>
    </message>
</context>
<context>
    <name>Readout::BratImporter</name>
    <message>
        <location filename="../../core/formats/bratimporter.cpp" line="+137"/>
        <source>%1 says &quot;%2&quot; but the text at %3-%4 is &quot;%5&quot;; this .ann belongs to another version of the text. Fix the offsets, or move %6 aside to open the text alone</source>
        <translation>%1 nennt „%2“, aber der Text bei %3-%4 lautet „%5“; diese .ann-Datei gehört zu einer anderen Fassung des Textes. Korrigieren Sie die Positionen oder legen Sie %6 beiseite, um den Text allein zu öffnen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>event %1: its trigger %2 is not defined</source>
        <translation>Ereignis %1: Sein Auslöser %2 ist nicht definiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>event %1: argument %2:%3 refers to an annotation that is not defined</source>
        <translation>Ereignis %1: Argument %2:%3 verweist auf eine nicht definierte Annotation</translation>
    </message>
</context>
<context>
    <name>Readout::BratReader</name>
    <message>
        <location filename="../../core/formats/bratreader.cpp" line="+31"/>
        <source>text-bound annotation without type and offsets</source>
        <translation>Textgebundene Annotation ohne Typ und Positionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; has no offsets</source>
        <translation>„%1“ hat keine Positionen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>offsets &quot;%1&quot; are not two numbers</source>
        <translation>Positionen „%1“ sind nicht zwei Zahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>end %1 before start %2</source>
        <translation>Ende %1 liegt vor Anfang %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offset %1 is past the end of the text (%2 characters)</source>
        <translation>Position %1 liegt hinter dem Ende des Textes (%2 Zeichen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line %1: note kind &quot;%2&quot; is not read</source>
        <translation>Zeile %1: Notizart „%2“ wird nicht gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>event argument &quot;%1&quot; is not ROLE:ID</source>
        <translation>Ereignisargument „%1“ hat nicht die Form ROLLE:ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>line %1: event %2 has no TYPE:TRIGGER</source>
        <translation>Zeile %1: Ereignis %2 hat kein TYP:AUSLÖSER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: attribute &quot;%2&quot; is not NAME TARGET [VALUE]</source>
        <translation>Zeile %1: Attribut „%2“ hat nicht die Form NAME ZIEL [WERT]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: &quot;%2&quot; lines are not read</source>
        <translation>Zeile %1: „%2“-Zeilen werden nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Readout::BuiltinHighlightingEngine</name>
    <message>
        <location filename="../../widgets/builtinhighlightingengine.cpp" line="+28"/>
        <source>built-in themes (Readout Light and Dark; built without KF6 KSyntaxHighlighting, so source views are not highlighted)</source>
        <translation>Eingebaute Designs (Readout Hell und Dunkel; ohne KF6 KSyntaxHighlighting erstellt, daher wird die Quelltextansicht nicht hervorgehoben)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Readout Light</source>
        <translation>Readout Hell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Readout Dark</source>
        <translation>Readout Dunkel</translation>
    </message>
</context>
<context>
    <name>Readout::BuiltinPalette</name>
    <message>
        <location filename="../../widgets/builtinpalette.cpp" line="+89"/>
        <source>built-in themes</source>
        <translation>Eingebaute Designs</translation>
    </message>
</context>
<context>
    <name>Readout::ComparePairModel</name>
    <message>
        <location filename="../../core/models/comparepairmodel.cpp" line="+170"/>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date A</source>
        <translation>Datum A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date B</source>
        <translation>Datum B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status A</source>
        <translation>Status A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status B</source>
        <translation>Status B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place A</source>
        <translation>Ort A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place B</source>
        <translation>Ort B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why paired</source>
        <translation>Grund der Paarung</translation>
    </message>
</context>
<context>
    <name>Readout::CompareWindow</name>
    <message>
        <location filename="../../app/readout/comparewindow.cpp" line="+105"/>
        <source>Compare Reports</source>
        <translation>Berichte vergleichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Event pairs</source>
        <translation>Ereignispaare</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Comparison…</source>
        <translation>Vergleich &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pairs</source>
        <translation>&amp;Paare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Link as One Event</source>
        <translation>Als ein Ereignis &amp;verknüpfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an event only in A and one only in B (Ctrl+click): they are the same event</source>
        <translation>Wählen Sie ein Ereignis nur in A und eines nur in B aus (Strg+Klick): Es ist dasselbe Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not the Same Event</source>
        <translation>&amp;Nicht dasselbe Ereignis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected pair are two different events</source>
        <translation>Das ausgewählte Paar sind zwei verschiedene Ereignisse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Compare %1 and %2</source>
        <translation>%1 und %2 vergleichen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of A: %1</source>
        <translation>Ereignisse von A: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events of B: %1</source>
        <translation>Ereignisse von B: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The analyst&apos;s links are not used: %1</source>
        <translation>Die Verknüpfungen des Analysten werden nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 · published %3</source>
        <translation>%1: %2 · veröffentlicht am %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown (relative dates unresolved)</source>
        <translation>unbekannt (relative Datumsangaben nicht aufgelöst)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Cannot Keep the Link</source>
        <translation>Verknüpfung kann nicht beibehalten werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linked: one event, told by both reports</source>
        <translation>Verknüpft: ein Ereignis, von beiden Berichten erzählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlinked: two different events</source>
        <translation>Getrennt: zwei verschiedene Ereignisse</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comparison exported to %1</source>
        <translation>Vergleich nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Readout::Comparison</name>
    <message>
        <location filename="../../core/compare/comparison.cpp" line="+62"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n event(s): %1</source>
        <translation>
            <numerusform>%n Ereignis: %1</numerusform>
            <numerusform>%n Ereignisse: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::CorpusController</name>
    <message>
        <location filename="../../app/readout/corpuscontroller.cpp" line="+52"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Corpus: %1</source>
        <translation>Korpus: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listing %1…</source>
        <translation>%1 wird aufgelistet …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to search yet: the articles are being read (%1).</source>
        <translation>Noch nichts zu durchsuchen: Die Artikel werden gelesen (%1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No sentence matches.</source>
        <translation>Kein Satz passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 sentence matches.</source>
        <translation>1 Satz passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sentences match.</source>
        <translation>%1 Sätze passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 sentences that match; narrow the search for the others.</source>
        <translation>Die ersten %1 passenden Sätze; schränken Sie die Suche ein, um die übrigen zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Articles not read yet are not searched.</source>
        <translation>Noch nicht gelesene Artikel werden nicht durchsucht.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing to Export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select the articles to export in the list first.</source>
        <translation>Wählen Sie zuerst die zu exportierenden Artikel in der Liste aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search first: the articles of the results are exported.</source>
        <translation>Suchen Sie zuerst: Exportiert werden die Artikel der Ergebnisse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Events of the Articles</source>
        <translation>Ereignisse der Artikel exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV events (*.csv);;JSON (*.json);;iCalendar (*.ics)</source>
        <translation>CSV-Ereignisse (*.csv);;JSON (*.json);;iCalendar (*.ics)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: name the file .csv, .json or .ics</source>
        <translation>%1: Benennen Sie die Datei mit .csv, .json oder .ics</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting the events of %1 articles…</source>
        <translation>Die Ereignisse von %1 Artikeln werden exportiert …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could Not Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 events of %2 articles written to %3</source>
        <translation>%1 Ereignisse aus %2 Artikeln in %3 geschrieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No timeline yet: the articles are being read.</source>
        <translation>Noch keine Zeitleiste: Die Artikel werden gelesen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 articles of %2</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open an article first.</source>
        <translation>Öffnen Sie zuerst einen Artikel.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>No stories yet: the articles are being read.</source>
        <translation>Noch keine Geschichten: Die Artikel werden gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your links are not used: %1</source>
        <translation>Ihre Verknüpfungen werden nicht verwendet: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>Cannot Keep the Link</source>
        <translation>Verknüpfung kann nicht beibehalten werden</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1

Fix or move that file first.</source>
        <translation>%1

Korrigieren oder verschieben Sie zuerst diese Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select two reports or more to link them.</source>
        <translation>Wählen Sie zwei oder mehr Berichte aus, um sie zu verknüpfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This report is alone in its story already.</source>
        <translation>Dieser Bericht steht bereits allein in seiner Geschichte.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Linked: %n reports tell one event.</source>
        <translation>
            <numerusform>Verknüpft: %n Bericht erzählt ein Ereignis.</numerusform>
            <numerusform>Verknüpft: %n Berichte erzählen ein Ereignis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept apart: not the same event.</source>
        <translation>Getrennt gehalten: nicht dasselbe Ereignis.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 corrected</source>
        <translation>%1 korrigiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reviewed</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not read yet</source>
        <translation>%1 noch nicht gelesen</translation>
    </message>
</context>
<context>
    <name>Readout::CorpusIndex</name>
    <message>
        <location filename="../../core/corpus/corpusindex.cpp" line="+107"/>
        <source>%1: Qt&apos;s SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>%1: Der SQLite-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: not a usable index (%2); delete it to rebuild</source>
        <translation>%1: kein verwendbarer Index (%2); löschen Sie ihn, um ihn neu aufzubauen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: no index yet</source>
        <translation>%1: noch kein Index</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: not made by this extractor yet</source>
        <translation>%1: noch nicht von dieser Extraktionsversion erstellt</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>search &quot;%1&quot;: not understood (%2)</source>
        <translation>Suche „%1“: nicht verstanden (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>search: unknown field &quot;%1:&quot; (actor, person, type, status, from, to)</source>
        <translation>Suche: unbekanntes Feld „%1:“ (actor, person, type, status, from, to)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>search: &quot;%1&quot; is not a date YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>Suche: „%1“ ist kein Datum im Format JJJJ, JJJJ-MM oder JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>search: nothing to look for</source>
        <translation>Suche: nichts zu suchen</translation>
    </message>
</context>
<context>
    <name>Readout::CorpusModel</name>
    <message>
        <location filename="../../core/models/corpusmodel.cpp" line="+16"/>
        <source>extracted</source>
        <translation>extrahiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>Readout::CorpusPanel</name>
    <message>
        <location filename="../../widgets/corpuspanel.cpp" line="+49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Filter articles by path, title or state</source>
        <translation>Artikel nach Pfad, Titel oder Zustand filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search all articles: words, &quot;a phrase&quot;, actor:Russia type:talks from:2022-01</source>
        <translation>Alle Artikel durchsuchen: Wörter, &quot;eine Wortgruppe&quot;, actor:Russia type:talks from:2022-01</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Words as SQLite full-text search reads them (&quot;a phrase&quot;, OR, NOT, prefix*) and fields of the event told in the sentence: actor:, person:, type:, status:, from:, to:. Press Enter to search.</source>
        <translation>Wörter, wie die SQLite-Volltextsuche sie liest (&quot;eine Wortgruppe&quot;, OR, NOT, Präfix*), und Felder des im Satz berichteten Ereignisses: actor:, person:, type:, status:, from:, to:. Eingabetaste startet die Suche.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the events of these articles, with your corrections, to one CSV, JSON or iCalendar file</source>
        <translation>Die Ereignisse dieser Artikel samt Ihren Korrekturen in eine CSV-, JSON- oder iCalendar-Datei schreiben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All Articles…</source>
        <translation>Alle Artikel …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected Articles…</source>
        <translation>Ausgewählte Artikel …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Articles of the Search Results…</source>
        <translation>Artikel der Suchergebnisse …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The events of the selected articles (of all, when none is selected) on a time axis</source>
        <translation>Die Ereignisse der ausgewählten Artikel (oder aller, wenn keiner ausgewählt ist) auf einer Zeitachse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports of the same event grouped: where they disagree, how the status moved</source>
        <translation>Berichte über dasselbe Ereignis gruppiert: wo sie sich widersprechen, wie sich der Status entwickelt hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 of %2 articles</source>
        <translation>%1 von %2 Artikeln</translation>
    </message>
</context>
<context>
    <name>Readout::CorrectionActions</name>
    <message>
        <location filename="../../app/readout/correctionactions.cpp" line="+77"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set &amp;Publication Date…</source>
        <translation>&amp;Veröffentlichungsdatum festlegen …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Annotate</source>
        <translation>A&amp;nnotieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>O&amp;rt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Misc (nationality, other name)</source>
        <translation>&amp;Sonstiges (Nationalität, anderer Name)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Go to Article</source>
        <translation>&amp;Zum Artikel wechseln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Edit Entity…</source>
        <translation>Entität &amp;bearbeiten …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set Span to &amp;Selection</source>
        <translation>Bereich auf &amp;Auswahl setzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move Start Left</source>
        <translation>Anfang nach links verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move Start Right</source>
        <translation>Anfang nach rechts verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move End Left</source>
        <translation>Ende nach links verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move End Right</source>
        <translation>Ende nach rechts verschieben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Dele&amp;te Entity</source>
        <translation>Entität &amp;löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete and &amp;Never Suggest Again</source>
        <translation>Löschen und &amp;nie wieder vorschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ne&amp;xt Entity</source>
        <translation>Nä&amp;chste Entität</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pre&amp;vious Entity</source>
        <translation>&amp;Vorherige Entität</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Eve&amp;nts</source>
        <translation>E&amp;reignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add Event from Sentence</source>
        <translation>Ereignis aus Satz &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Go to Events Table</source>
        <translation>Zur &amp;Ereignistabelle wechseln</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Delete Events</source>
        <translation>Ereignisse &amp;löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Merge Two Events</source>
        <translation>Zwei Ereignisse &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Split Event…</source>
        <translation>Ereignis &amp;aufteilen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark &amp;Reviewed</source>
        <translation>Als &amp;geprüft markieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;User Dictionary…</source>
        <translation>&amp;Benutzerwörterbuch …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Annotate &amp;All Occurrences as</source>
        <translation>Alle Vor&amp;kommen annotieren als</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete All O&amp;ccurrences</source>
        <translation>Alle Vorkommen lösc&amp;hen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Your Data Not Used</source>
        <translation>Ihre Daten nicht verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Articles open with the built-in data until the file is fixed (Settings ▸ Knowledge Files); then open them again.</source>
        <translation>%1

Artikel öffnen mit den eingebauten Daten, bis die Datei berichtigt ist (Einstellungen ▸ Wissensdateien); öffnen Sie sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Readout::CorrectionDialogs</name>
    <message>
        <location filename="../../app/readout/correctiondialogs.cpp" line="+74"/>
        <source>Article Changed</source>
        <translation>Artikel geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-anchor moves each saved annotation to where its text is now (those whose text is gone are dropped and listed). Start again extracts afresh and keeps the old annotations file aside.</source>
        <translation>„Neu verankern“ verschiebt jede gespeicherte Annotation an die Stelle, an der ihr Text jetzt steht (Annotationen, deren Text fehlt, werden verworfen und aufgelistet). „Neu beginnen“ extrahiert von vorn und bewahrt die alte Annotationsdatei daneben auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-anchor</source>
        <translation>&amp;Neu verankern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start Again</source>
        <translation>Neu &amp;beginnen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: annotations changed on disk by another program; not saved over until you choose</source>
        <translation>%1: Annotationen wurden von einem anderen Programm auf der Festplatte geändert; sie werden erst überschrieben, wenn Sie sich entschieden haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotations Changed on Disk</source>
        <translation>Annotationen auf der Festplatte geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep Mine saves your corrections and keeps the other version beside them. Take Theirs loads the other version and keeps yours beside it. Nothing is lost either way.</source>
        <translation>„Meine behalten“ speichert Ihre Korrekturen und bewahrt die andere Version daneben auf. „Andere übernehmen“ lädt die andere Version und bewahrt Ihre daneben auf. In beiden Fällen geht nichts verloren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take Theirs</source>
        <translation>&amp;Andere übernehmen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>User dictionary saved; articles opened from now on use it</source>
        <translation>Benutzerwörterbuch gespeichert; ab jetzt geöffnete Artikel verwenden es</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Relative dates (“Monday”, “next week”) are resolved against this date. Changing it re-resolves them in one undoable step.</source>
        <translation>Relative Datumsangaben („Montag“, „nächste Woche“) werden auf dieses Datum bezogen. Eine Änderung löst sie in einem Schritt neu auf, der sich rückgängig machen lässt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication Date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The article gives no publication date; today is proposed.</source>
        <translation>Der Artikel nennt kein Veröffentlichungsdatum; das heutige Datum wird vorgeschlagen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Select the event to split</source>
        <translation>Wählen Sie das aufzuteilende Ereignis aus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Split %1</source>
        <translation>%1 aufteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the participants that belong to a separate event. With none checked, the new event starts as a copy.</source>
        <translation>Markieren Sie die Beteiligten, die zu einem eigenen Ereignis gehören. Ist keiner markiert, beginnt das neue Ereignis als Kopie.</translation>
    </message>
</context>
<context>
    <name>Readout::DataFolder</name>
    <message>
        <location filename="../../core/knowledge/datafolder.cpp" line="+88"/>
        <source>%1 is not one of Readout&apos;s data files</source>
        <translation>%1 ist keine der Datendateien von Readout</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is there but is not a regular file</source>
        <translation>%1 ist vorhanden, aber keine gewöhnliche Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot copy %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 kopiert werden: %3</translation>
    </message>
</context>
<context>
    <name>Readout::DateValueEdit</name>
    <message>
        <location filename="../../widgets/datevalueedit.cpp" line="+78"/>
        <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>JJJJ-MM-TT, JJJJ-MM oder JJJJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day (2024-03-12), a month (2024-03) or a year (2024); Alt+Down opens a calendar</source>
        <translation>Ein Tag (2024-03-12), ein Monat (2024-03) oder ein Jahr (2024); Alt+Unten öffnet einen Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a Day</source>
        <translation>Tag auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a day in a calendar (Alt+Down)</source>
        <translation>Einen Tag im Kalender auswählen (Alt+Unten)</translation>
    </message>
</context>
<context>
    <name>Readout::DictionaryTeacher</name>
    <message>
        <location filename="../../core/knowledge/dictionaryteacher.cpp" line="+55"/>
        <source>Teach “%1”</source>
        <translation>„%1“ lernen</translation>
    </message>
</context>
<context>
    <name>Readout::DocumentReader</name>
    <message>
        <location filename="../../core/formats/documentreader.cpp" line="+40"/>
        <source>split it into articles</source>
        <translation>teilen Sie sie in Artikel auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is empty (0 bytes); nothing to read</source>
        <translation>%1: Die Datei ist leer (0 Byte); es gibt nichts zu lesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: not UTF-8 (brat standoff files are UTF-8); convert it or remove it</source>
        <translation>%1: kein UTF-8 (brat-Standoff-Dateien sind UTF-8); konvertieren oder entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: imported %2 and %3</source>
        <translation>%1: %2 und %3 importiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: damaged sidecar: it names no article</source>
        <translation>%1: beschädigte Begleitdatei: Sie nennt keinen Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the article it annotates (%2) is not there; put the article beside the sidecar</source>
        <translation>%1: Der annotierte Artikel (%2) ist nicht vorhanden; legen Sie den Artikel neben die Begleitdatei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: names %2 as its article, but that is a Readout sidecar, not an article; open the article itself</source>
        <translation>%1: nennt %2 als Artikel, doch das ist eine Readout-Begleitdatei, kein Artikel; öffnen Sie den Artikel selbst</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: written for another version of %2 (the article changed since); open the article itself to extract it again</source>
        <translation>%1: für eine andere Fassung von %2 geschrieben (der Artikel hat sich seitdem geändert); öffnen Sie den Artikel selbst, um ihn neu zu extrahieren</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1: the text it annotates (%2) is missing; brat keeps X.txt beside X.ann</source>
        <translation>%1: Der annotierte Text (%2) fehlt; brat legt X.txt neben X.ann ab</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: a PDF despite its name; read as PDF</source>
        <translation>%1: trotz des Namens ein PDF; als PDF gelesen</translation>
    </message>
</context>
<context>
    <name>Readout::DocumentTab</name>
    <message>
        <location filename="../../app/readout/documenttab.cpp" line="+211"/>
        <source>Extracting…</source>
        <translation>Wird extrahiert …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article changed since it was annotated</source>
        <translation>Artikel wurde seit der Annotation geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not extracted</source>
        <translation>Nicht extrahiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 entity</source>
        <translation>1 Entität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 entities</source>
        <translation>%1 Entitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>published %1</source>
        <translation>veröffentlicht am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>publication date unknown</source>
        <translation>Veröffentlichungsdatum unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not used by any event</source>
        <translation>Von keinem Ereignis verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by %1</source>
        <translation>Verwendet von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence of %1 on p. %2</source>
        <translation>Beleg für %1 auf S. %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added %1 from the sentence; edit its cells to complete it</source>
        <translation>%1 aus dem Satz hinzugefügt; bearbeiten Sie seine Zellen, um es zu vervollständigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select exactly two events to merge</source>
        <translation>Wählen Sie genau zwei Ereignisse zum Zusammenführen aus</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Put the cursor in an entity to edit it</source>
        <translation>Setzen Sie den Cursor in eine Entität, um sie zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>Readout::EntityDetailsDialog</name>
    <message>
        <location filename="../../widgets/entitydetailsdialog.cpp" line="+23"/>
        <source>Entity %1</source>
        <translation>Entität %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Stands for:</source>
        <translation>&amp;Steht für:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2022-01-10, 2022-01, 2022-W02, P3D, PAST_REF…</source>
        <translation>2022-01-10, 2022-01, 2022-W02, P3D, PAST_REF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States, NATO, Jens Stoltenberg…</source>
        <translation>Vereinigte Staaten, NATO, Jens Stoltenberg …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TIMEX3 value the date resolves to.</source>
        <translation>Der TIMEX3-Wert, zu dem das Datum aufgelöst wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The actor or full name this mention stands for; known actors complete as you type. Your choice teaches the user dictionary.</source>
        <translation>Der Akteur oder vollständige Name, für den diese Erwähnung steht; bekannte Akteure werden beim Tippen ergänzt. Ihre Wahl wird ins Benutzerwörterbuch übernommen.</translation>
    </message>
</context>
<context>
    <name>Readout::EntityEditController</name>
    <message>
        <location filename="../../widgets/entityeditcontroller.cpp" line="+85"/>
        <source>Select the text of the name first, or put the cursor in an entity to change its type</source>
        <translation>Wählen Sie zuerst den Text des Namens aus oder setzen Sie den Cursor in eine Entität, um ihren Typ zu ändern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to annotate there</source>
        <translation>Dort gibt es nichts zu annotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has no letter or digit: it cannot be a name</source>
        <translation>„%1“ enthält keinen Buchstaben und keine Ziffer: Es kann kein Name sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the text of the name first</source>
        <translation>Markieren Sie zuerst den Text des Namens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No whole-word occurrence of “%1” is left to annotate</source>
        <translation>Kein ganzes Wort „%1“ ist mehr zu annotieren</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Annotated %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ als %2 annotiert</numerusform>
            <numerusform>%n Vorkommen von „%1“ als %2 annotiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put the cursor in one of the entities to delete</source>
        <translation>Setzen Sie den Cursor in eine der zu löschenden Entitäten</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Deleted %n occurrence(s) of “%1”</source>
        <translation>
            <numerusform>%n Vorkommen von „%1“ gelöscht</numerusform>
            <numerusform>%n Vorkommen von „%1“ gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put the cursor in the entity to delete</source>
        <translation>Setzen Sie den Cursor in die zu löschende Entität</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Put the cursor in the entity to resize</source>
        <translation>Setzen Sie den Cursor in die Entität, deren Größe Sie ändern möchten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Select the new extent of an entity, overlapping it</source>
        <translation>Wählen Sie den neuen Umfang einer Entität aus, sodass er sie überlappt</translation>
    </message>
</context>
<context>
    <name>Readout::EntitySteps</name>
    <message>
        <location filename="../../core/edit/entitysteps.cpp" line="+50"/>
        <source>Annotate 1 occurrence of %1</source>
        <translation>1 Vorkommen von %1 annotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotate %1 occurrences of %2</source>
        <translation>%1 Vorkommen von %2 annotieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Delete 1 occurrence of %1</source>
        <translation>1 Vorkommen von %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 occurrences of %2</source>
        <translation>%1 Vorkommen von %2 löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
</context>
<context>
    <name>Readout::EventDetailsForm</name>
    <message>
        <location filename="../../widgets/eventdetailsform.cpp" line="+76"/>
        <source>Select an event to see and edit all its fields.</source>
        <translation>Wählen Sie ein Ereignis aus, um alle seine Felder zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You checked this event; the filter “Unreviewed” hides it</source>
        <translation>Sie haben dieses Ereignis geprüft; der Filter „Ungeprüft“ blendet es aus</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Evidence:</source>
        <translation>Beleg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
</context>
<context>
    <name>Readout::EventMatcher</name>
    <message>
        <location filename="../../core/compare/eventmatcher.cpp" line="+159"/>
        <source>both %1</source>
        <translation>beide vom Typ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2 are both %3</source>
        <translation>%1 und %2, beide von der Art %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same participants (%1)</source>
        <translation>gleiche Beteiligte (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>participants overlap</source>
        <translation>Beteiligte überschneiden sich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; only A names %1</source>
        <translation>; nur A nennt %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; only B names %1</source>
        <translation>; nur B nennt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>neither dated</source>
        <translation>keines datiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same date %1</source>
        <translation>gleiches Datum %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only B dates it (%1)</source>
        <translation>nur B datiert es (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only A dates it (%1)</source>
        <translation>nur A datiert es (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dates %1 and %2 differ in precision</source>
        <translation>Daten %1 und %2 unterschiedlich genau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dates differ: %1 vs %2 (a day apart)</source>
        <translation>Daten weichen ab: %1 gegenüber %2 (einen Tag auseinander)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dates differ: %1 vs %2 (%3 days apart)</source>
        <translation>Daten weichen ab: %1 gegenüber %2 (%3 Tage auseinander)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dates differ: %1 vs %2</source>
        <translation>Daten weichen ab: %1 gegenüber %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>places differ: %1 vs %2</source>
        <translation>Orte weichen ab: %1 gegenüber %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only B names the place (%1)</source>
        <translation>nur B nennt den Ort (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only A names the place (%1)</source>
        <translation>nur A nennt den Ort (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>status %1 in A, %2 in B</source>
        <translation>Status %1 in A, %2 in B</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>linked by the analyst; </source>
        <translation>vom Analysten verknüpft; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>B reports no %1 (or event of its kind) of %2 on a matching date</source>
        <translation>B meldet für %2 nichts vom Typ %1 (oder dieser Art) an einem passenden Datum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A reports no %1 (or event of its kind) of %2 on a matching date</source>
        <translation>A meldet für %2 nichts vom Typ %1 (oder dieser Art) an einem passenden Datum</translation>
    </message>
</context>
<context>
    <name>Readout::EventSteps</name>
    <message>
        <location filename="../../core/edit/eventsteps.cpp" line="+47"/>
        <location line="+11"/>
        <location line="+28"/>
        <source>Delete event %1</source>
        <translation>Ereignis %1 löschen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Delete events %1</source>
        <translation>Ereignisse %1 löschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Combine %1 with %2</source>
        <translation>%1 mit %2 kombinieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Split %1</source>
        <translation>%1 aufteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep part of %1</source>
        <translation>Einen Teil von %1 behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add event %1</source>
        <translation>Ereignis %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mark %1 reviewed</source>
        <translation>%1 als geprüft markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 unreviewed</source>
        <translation>%1 als ungeprüft markieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Re-anchor dates on %1</source>
        <translation>Datumsangaben neu auf %1 beziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set publication date</source>
        <translation>Veröffentlichungsdatum festlegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resolve %1 to %2</source>
        <translation>%1 zu %2 auflösen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set date of %1</source>
        <translation>Datum von %1 festlegen</translation>
    </message>
</context>
<context>
    <name>Readout::EventTableModel</name>
    <message>
        <location filename="../../core/models/eventtablemodel.cpp" line="+233"/>
        <source>✓ Reviewed: ticked once the analyst has checked the event. A ✎ or ✚ beside the type means corrected or added by the analyst.</source>
        <translation>✓ Geprüft: abgehakt, sobald der Analyst das Ereignis geprüft hat. Ein ✎ oder ✚ neben dem Typ bedeutet vom Analysten korrigiert oder hinzugefügt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participants</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1
✚ Added by the analyst</source>
        <translation>%1
✚ Vom Analysten hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
✚ Added by the analyst, who set: %2</source>
        <translation>%1
✚ Vom Analysten hinzugefügt, gesetzt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
✎ Corrected by the analyst: %2</source>
        <translation>%1
✎ Vom Analysten korrigiert: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ Reviewed: the analyst checked this event (Space unticks it)</source>
        <translation>✓ Geprüft: Der Analyst hat dieses Ereignis geprüft (Leertaste entfernt den Haken)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reviewed yet (Space marks it reviewed)</source>
        <translation>Noch nicht geprüft (Leertaste markiert es als geprüft)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No date stated</source>
        <translation>Kein Datum angegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>“%1” resolved to %2</source>
        <translation>„%1“ aufgelöst zu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Readout::EventTableView</name>
    <message>
        <location filename="../../widgets/eventtableview.cpp" line="+219"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (no room: widen the panel)</source>
        <translation>%1 (kein Platz: Leiste verbreitern)</translation>
    </message>
</context>
<context>
    <name>Readout::EventsPanel</name>
    <message>
        <location filename="../../widgets/eventspanel.cpp" line="+37"/>
        <source>Filter events…</source>
        <translation>Ereignisse filtern …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the events whose type, participants, date, place, status, topics, source, evidence or id contain this text</source>
        <translation>Zeigt die Ereignisse, deren Typ, Beteiligte, Datum, Ort, Status, Themen, Quelle, Beleg oder Kennung diesen Text enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>Korrigiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreviewed</source>
        <translation>Ungeprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every event, only those you corrected or added, or only those not reviewed yet</source>
        <translation>Alle Ereignisse anzeigen, nur die von Ihnen korrigierten oder hinzugefügten oder nur die noch nicht geprüften</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+83"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All fields of the selected event, to read and correct</source>
        <translation>Alle Felder des ausgewählten Ereignisses zum Lesen und Korrigieren</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Select an event to mark its evidence in the article.</source>
        <translation>Wählen Sie ein Ereignis aus, um seinen Beleg im Artikel zu markieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>1 event</source>
        <translation>1 Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Readout::FindActions</name>
    <message>
        <location filename="../../app/readout/findactions.cpp" line="+17"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Ne&amp;xt</source>
        <translation>Weitersu&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts suc&amp;hen</translation>
    </message>
</context>
<context>
    <name>Readout::FindBar</name>
    <message>
        <location filename="../../widgets/findbar.cpp" line="+53"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <location line="+315"/>
        <source>Continued from the top</source>
        <translation>Am Anfang fortgesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Continued from the bottom</source>
        <translation>Am Ende fortgesetzt</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 matches</source>
        <translation>%L1 Treffer</translation>
    </message>
</context>
<context>
    <name>Readout::HtmlReader</name>
    <message>
        <location filename="../../core/formats/htmlreader.cpp" line="+429"/>
        <source>%1: no article text in this HTML (only markup, scripts or navigation)</source>
        <translation>%1: kein Artikeltext in diesem HTML (nur Auszeichnungen, Skripte oder Navigation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: markup nested %2 levels deep (damaged or machine-made HTML); its text was read, check that nothing is missing</source>
        <translation>%1: Auszeichnungen %2 Ebenen tief verschachtelt (beschädigtes oder maschinell erzeugtes HTML); der Text wurde gelesen, prüfen Sie, ob nichts fehlt</translation>
    </message>
</context>
<context>
    <name>Readout::InputFile</name>
    <message>
        <location filename="../../core/formats/inputfile.cpp" line="+63"/>
        <source>%1: the file is there but its name is not valid UTF-8, so Readout cannot open it by that name; rename it (for example: convmv -f latin1 -t utf-8 --notest FILE)</source>
        <translation>%1: Die Datei ist vorhanden, aber ihr Name ist kein gültiges UTF-8, daher kann Readout sie unter diesem Namen nicht öffnen; benennen Sie sie um (zum Beispiel: convmv -f latin1 -t utf-8 --notest DATEI)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a link to %2, which is not there (moved or deleted?); check the link</source>
        <translation>%1: eine Verknüpfung auf %2, das nicht vorhanden ist (verschoben oder gelöscht?); prüfen Sie die Verknüpfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no such file (moved, renamed or deleted?); check the path</source>
        <translation>%1: Datei nicht vorhanden (verschoben, umbenannt oder gelöscht?); prüfen Sie den Pfad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: is a folder, not a file to read</source>
        <translation>%1: ist ein Ordner, keine lesbare Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: permission denied (%2); you may not read this file. Change its permissions or ask its owner</source>
        <translation>%1: Zugriff verweigert (%2); Sie dürfen diese Datei nicht lesen. Ändern Sie ihre Berechtigungen oder fragen Sie ihren Eigentümer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a block device</source>
        <translation>ein blockorientiertes Gerät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a special file</source>
        <translation>eine Spezialdatei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not a regular file (%2); Readout reads only ordinary files: save the text to a file and open that</source>
        <translation>%1: keine reguläre Datei (%2); Readout liest nur gewöhnliche Dateien: Speichern Sie den Text in einer Datei und öffnen Sie diese</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+56"/>
        <source>%1: the file was deleted while opening it</source>
        <translation>%1: Die Datei wurde beim Öffnen gelöscht</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+15"/>
        <location line="+41"/>
        <location line="+81"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: Lesen nicht möglich (%2)</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>%1: %2 MB is larger than the %3 MB Readout reads%4</source>
        <translation>%1: %2 MB ist größer als die %3 MB, die Readout liest%4</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: reading stopped after %2 bytes (%3)</source>
        <translation>%1: Lesen nach %2 Byte abgebrochen (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: grew past the %2 MB Readout reads while being read</source>
        <translation>%1: wuchs beim Lesen über die %2 MB hinaus, die Readout liest</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: opening was cancelled</source>
        <translation>%1: Öffnen wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: not a regular file; Readout reads only ordinary files</source>
        <translation>%1: keine reguläre Datei; Readout liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: changed while it was being read; read again</source>
        <translation>%1: wurde beim Lesen geändert; erneut lesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: changed while being read, %2 times in a row; wait until whatever writes it has finished, then open it again</source>
        <translation>%1: wurde beim Lesen %2-mal hintereinander geändert; warten Sie, bis das schreibende Programm fertig ist, und öffnen Sie die Datei dann erneut</translation>
    </message>
</context>
<context>
    <name>Readout::KnowledgeMenu</name>
    <message>
        <location filename="../../app/readout/knowledgemenu.cpp" line="+17"/>
        <source>&amp;Knowledge Files</source>
        <translation>&amp;Wissensdateien</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Customize</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy the built-in %1 into your data folder and edit it there</source>
        <translation>Die eingebaute Datei %1 in Ihren Datenordner kopieren und dort bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could Not Customize</source>
        <translation>Anpassen nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (your copy)</source>
        <translation>%1 (Ihre Kopie)</translation>
    </message>
</context>
<context>
    <name>Readout::KshHighlightingEngine</name>
    <message>
        <location filename="../../widgets/kshhighlightingengine.cpp" line="+43"/>
        <source>KSyntaxHighlighting %1 (KF6): %2 themes, %3 syntax definitions</source>
        <translation>KSyntaxHighlighting %1 (KF6): %2 Designs, %3 Syntaxdefinitionen</translation>
    </message>
</context>
<context>
    <name>Readout::KshPalette</name>
    <message>
        <location filename="../../widgets/kshpalette.cpp" line="+428"/>
        <source>KSyntaxHighlighting themes “%1” and “%2”, following the system</source>
        <translation>KSyntaxHighlighting-Designs „%1“ und „%2“, je nach System</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KSyntaxHighlighting theme “%1”</source>
        <translation>KSyntaxHighlighting-Design „%1“</translation>
    </message>
</context>
<context>
    <name>Readout::LegendWidget</name>
    <message>
        <location filename="../../widgets/legendwidget.cpp" line="+25"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries, cities and other places</source>
        <translation>Länder, Städte und andere Orte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates and durations; hover one to see its resolved value</source>
        <translation>Datums- und Zeitangaben; zeigen Sie auf eine, um ihren aufgelösten Wert zu sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nationality adjectives such as “Russian”, linked to their actor</source>
        <translation>Nationalitätsadjektive wie „russisch“, mit ihrem Akteur verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sentence the selected event was read from</source>
        <translation>Der Satz, aus dem das ausgewählte Ereignis gelesen wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document header (metadata)</source>
        <translation>Dokumentkopf (Metadaten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by the analyst</source>
        <translation>Vom Analysten geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other report has the same event</source>
        <translation>Der andere Bericht enthält dasselbe Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other report differs in date, place or participants</source>
        <translation>Der andere Bericht weicht in Datum, Ort oder Beteiligten ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only this report has the event</source>
        <translation>Nur dieser Bericht enthält das Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words the other report of the event puts differently</source>
        <translation>Wörter, die der andere Bericht über das Ereignis anders fasst</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Readout::MainWindow</name>
    <message>
        <location filename="../../app/readout/mainwindow.cpp" line="+115"/>
        <location line="+432"/>
        <source>Readout</source>
        <translation>Readout</translation>
    </message>
    <message>
        <location line="-423"/>
        <source>Open an article with File ▸ Open (%1) or drop a file here.</source>
        <translation>Öffnen Sie einen Artikel mit „Datei ▸ Öffnen“ (%1) oder legen Sie hier eine Datei ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The events of the current article appear here.</source>
        <translation>Die Ereignisse des aktuellen Artikels erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pasted article saved as %1</source>
        <translation>Eingefügter Artikel als %1 gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could Not Paste</source>
        <translation>Einfügen nicht möglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pasted content could not be opened as an article.</source>
        <translation>Der eingefügte Inhalt konnte nicht als Artikel geöffnet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was deleted or moved on disk. Its text and your corrections stay open here; export what you need before closing the tab.</source>
        <translation>%1 wurde auf der Festplatte gelöscht oder verschoben. Sein Text und Ihre Korrekturen bleiben hier geöffnet; exportieren Sie, was Sie brauchen, bevor Sie das Unterfenster schließen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Folder…</source>
        <translation>&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Folder of Articles</source>
        <translation>Ordner mit Artikeln öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Vergleichen mit …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time&amp;line of This Article</source>
        <translation>&amp;Zeitleiste dieses Artikels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Source…</source>
        <translation>&amp;Quelltext …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Knowledge Files</source>
        <translation>%1 — Wissensdateien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readout &amp;Manual</source>
        <translation>Readout-&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Readout</source>
        <translation>Ü&amp;ber Readout</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste as &amp;New Article</source>
        <translation>Als &amp;neuen Artikel einfügen</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Saving the pasted article…</source>
        <translation>Der eingefügte Artikel wird gespeichert …</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Opening %1 was cancelled</source>
        <translation>Öffnen von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not open the file: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could Not Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not open “%1”.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is already open</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 — Readout</source>
        <translation>%1 — Readout</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+23"/>
        <source>Articles (*.txt *.html *.htm *.xhtml *.md *.markdown *.pdf *.ann *.readout.json)</source>
        <translation>Artikel (*.txt *.html *.htm *.xhtml *.md *.markdown *.pdf *.ann *.readout.json)</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html *.htm *.xhtml)</source>
        <translation>Webseiten (*.html *.htm *.xhtml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brat standoff annotations (*.ann)</source>
        <translation>brat-Standoff-Annotationen (*.ann)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readout annotations (*.readout.json)</source>
        <translation>Readout-Annotationen (*.readout.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Compare %1 With</source>
        <translation>%1 vergleichen mit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare Two Articles</source>
        <translation>Zwei Artikel vergleichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose two articles to compare.</source>
        <translation>Wählen Sie zwei Artikel zum Vergleichen aus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nothing to export: no document has been extracted yet</source>
        <translation>Nichts zu exportieren: Es wurde noch kein Dokument extrahiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not export to “%1”.</source>
        <translation>Export nach „%1“ nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported 1 event to %1</source>
        <translation>1 Ereignis nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1 events to %2</source>
        <translation>%1 Ereignisse nach %2 exportiert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1; theme %2</source>
        <translation>%1; Design %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Readout %1&lt;/h3&gt;&lt;p&gt;Highlights the people, organizations, places and dates in news reports and lists the events they describe.&lt;/p&gt;&lt;p&gt;Licence: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Credits: iso-codes (LGPL-2.1+), tzdata (public domain), WordNet 3.0 (Princeton), GeoNames (CC-BY-4.0), Qt %2 (LGPL-3.0).&lt;br&gt;Highlighting: %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Readout %1&lt;/h3&gt;&lt;p&gt;Hebt die Personen, Organisationen, Orte und Datumsangaben in Nachrichtenberichten hervor und listet die beschriebenen Ereignisse auf.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later&lt;/p&gt;&lt;p&gt;Danksagungen: iso-codes (LGPL-2.1+), tzdata (gemeinfrei), WordNet 3.0 (Princeton), GeoNames (CC-BY-4.0), Qt %2 (LGPL-3.0).&lt;br&gt;Hervorhebung: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Readout</source>
        <translation>Über Readout</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Source of %1</source>
        <translation>Quelltext von %1</translation>
    </message>
</context>
<context>
    <name>Readout::ManualWindow</name>
    <message>
        <location filename="../../widgets/manualwindow.cpp" line="+37"/>
        <source>Readout Manual</source>
        <translation>Readout-Handbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Readout::MarkdownReader</name>
    <message>
        <location filename="../../core/formats/markdownreader.cpp" line="+106"/>
        <source>%1: the Markdown has no text</source>
        <translation>%1: Das Markdown enthält keinen Text</translation>
    </message>
</context>
<context>
    <name>Readout::OutputFile</name>
    <message>
        <location filename="../../core/storage/outputfile.cpp" line="+78"/>
        <source>%1: a FIFO that no program is reading; start the reading program first</source>
        <translation>%1: eine FIFO, aus der kein Programm liest; starten Sie zuerst das lesende Programm</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+28"/>
        <location line="+66"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: Schreiben nicht möglich (%2)</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>%1: refusing to overwrite the article %2 itself; choose another file</source>
        <translation>%1: Der Artikel %2 selbst wird nicht überschrieben; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: is a Readout sidecar (the corrections of an article); refusing to write over it. Choose another file</source>
        <translation>%1: ist eine Readout-Begleitdatei (die Korrekturen eines Artikels); sie wird nicht überschrieben. Wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: names a Readout sidecar (NAME.readout.json keeps the corrections of an article); choose another file name</source>
        <translation>%1: bezeichnet eine Readout-Begleitdatei (NAME.readout.json enthält die Korrekturen eines Artikels); wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: is a folder; choose a file in it</source>
        <translation>%1: ist ein Ordner; wählen Sie eine Datei darin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is a block device or a socket, not a file; choose a file</source>
        <translation>%1: ist ein blockorientiertes Gerät oder ein Socket, keine Datei; wählen Sie eine Datei</translation>
    </message>
</context>
<context>
    <name>Readout::PastedArticles</name>
    <message>
        <location filename="../../app/readout/pastedarticles.cpp" line="+83"/>
        <source>the pasted HTML</source>
        <translation>das eingefügte HTML</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to open: the pasted content has no text.</source>
        <translation>Nichts zu öffnen: Der eingefügte Inhalt enthält keinen Text.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing to open: the clipboard holds no text.</source>
        <translation>Nichts zu öffnen: Die Zwischenablage enthält keinen Text.</translation>
    </message>
</context>
<context>
    <name>Readout::PdfReader</name>
    <message>
        <location filename="../../core/formats/pdfreader.cpp" line="+115"/>
        <source>not a PDF (no %PDF- header); the file is damaged or misnamed</source>
        <translation>kein PDF (kein %PDF-Kopf); die Datei ist beschädigt oder falsch benannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is truncated (it stops after %1 bytes, without its end-of-file marker); download or copy it again</source>
        <translation>das PDF ist abgeschnitten (es endet nach %1 Byte ohne Dateiende-Markierung); laden oder kopieren Sie es erneut</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the PDF is password-protected; save an unprotected copy and open that</source>
        <translation>das PDF ist passwortgeschützt; speichern Sie eine ungeschützte Kopie und öffnen Sie diese</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is encrypted in a way Readout cannot read; save an unprotected copy</source>
        <translation>das PDF ist auf eine Weise verschlüsselt, die Readout nicht lesen kann; speichern Sie eine ungeschützte Kopie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the PDF is damaged (its structure cannot be read)</source>
        <translation>das PDF ist beschädigt (seine Struktur kann nicht gelesen werden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF has no pages</source>
        <translation>das PDF hat keine Seiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading was cancelled</source>
        <translation>Lesen wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>PDF, 1 page</source>
        <translation>PDF, 1 Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, %1 pages</source>
        <translation>PDF, %1 Seiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: dropped what repeats on every page: %2</source>
        <translation>%1: Was sich auf jeder Seite wiederholt, wurde entfernt: %2</translation>
    </message>
</context>
<context>
    <name>Readout::PrintController</name>
    <message>
        <location filename="../../app/readout/printcontroller.cpp" line="+39"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DF…</source>
        <translation>Als PD&amp;F exportieren …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: no article is open to export</source>
        <translation>%1: Es ist kein Artikel zum Exportieren geöffnet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open an article to print it</source>
        <translation>Öffnen Sie einen Artikel, um ihn zu drucken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Print %1</source>
        <translation>%1 drucken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed %1</source>
        <translation>%1 gedruckt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open an article to export it as PDF</source>
        <translation>Öffnen Sie einen Artikel, um ihn als PDF zu exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF export failed: %1</source>
        <translation>PDF-Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not export to “%1”.</source>
        <translation>Export nach „%1“ nicht möglich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported %1 as PDF to %2</source>
        <translation>%1 als PDF nach %2 exportiert</translation>
    </message>
</context>
<context>
    <name>Readout::ProgressIndicator</name>
    <message>
        <location filename="../../app/readout/progressindicator.cpp" line="+21"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop reading or extracting; the open documents stay as they are</source>
        <translation>Lesen oder Extrahieren beenden; die geöffneten Dokumente bleiben, wie sie sind</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Extracting %1</source>
        <translation>%1 wird extrahiert</translation>
    </message>
</context>
<context>
    <name>Readout::RecentFilesMenu</name>
    <message>
        <location filename="../../app/readout/recentfilesmenu.cpp" line="+20"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Readout::RuleLabels</name>
    <message>
        <location filename="../../build/rulelabels/rulelabels.cpp" line="+2"/>
        <source>Call</source>
        <comment>event type</comment>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Council</source>
        <comment>event type</comment>
        <translation>Ratssitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <comment>event type</comment>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiations</source>
        <comment>event type</comment>
        <translation>Verhandlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summit</source>
        <comment>event type</comment>
        <translation>Gipfel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talks</source>
        <comment>event type</comment>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <comment>event type</comment>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call</source>
        <comment>event type, in a sentence</comment>
        <translation>Telefonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>council</source>
        <comment>event type, in a sentence</comment>
        <translation>Ratssitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meeting</source>
        <comment>event type, in a sentence</comment>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>negotiations</source>
        <comment>event type, in a sentence</comment>
        <translation>Verhandlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summit</source>
        <comment>event type, in a sentence</comment>
        <translation>Gipfel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>talks</source>
        <comment>event type, in a sentence</comment>
        <translation>Gespräche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <comment>event type, in a sentence</comment>
        <translation>Besuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held</source>
        <comment>event status</comment>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under way</source>
        <comment>event status</comment>
        <translation>im Gange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <comment>event status</comment>
        <translation>angesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likely</source>
        <comment>event status</comment>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <comment>event status</comment>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>proposed</source>
        <comment>event status</comment>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postponed</source>
        <comment>event status</comment>
        <translation>verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>suspended</source>
        <comment>event status</comment>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <comment>event status</comment>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <comment>event status</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same</source>
        <comment>compare flag</comment>
        <translation>gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date differs</source>
        <comment>compare flag</comment>
        <translation>Datum weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place differs</source>
        <comment>compare flag</comment>
        <translation>Ort weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants differ</source>
        <comment>compare flag</comment>
        <translation>Beteiligte weichen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status differs</source>
        <comment>compare flag</comment>
        <translation>Status weicht ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in A</source>
        <comment>compare flag</comment>
        <translation>nur in A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in B</source>
        <comment>compare flag</comment>
        <translation>nur in B</translation>
    </message>
</context>
<context>
    <name>Readout::ShortcutsDialog</name>
    <message>
        <location filename="../../widgets/shortcutsdialog.cpp" line="+54"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Events table</source>
        <translation>Ereignistabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit the current cell</source>
        <translation>Aktuelle Zelle bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commit the edit</source>
        <translation>Bearbeitung übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next cell</source>
        <translation>Nächste Zelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the calendar (date cell)</source>
        <translation>Kalender öffnen (Datumszelle)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+Down</source>
        <translation>Alt+Unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toggle reviewed (✓ cell)</source>
        <translation>Geprüft umschalten (✓-Zelle)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the evidence of the current event</source>
        <translation>Beleg des aktuellen Ereignisses anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter (not editing)</source>
        <translation>Eingabe (außerhalb der Bearbeitung)</translation>
    </message>
</context>
<context>
    <name>Readout::Sidecar</name>
    <message>
        <location filename="../../core/storage/sidecar.cpp" line="+232"/>
        <source>%1: damaged sidecar: %2</source>
        <translation>%1: beschädigte Begleitdatei: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a Readout sidecar (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>keine Readout-Begleitdatei (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: written by a newer Readout (sidecar format %2; this version reads up to %3). Update Readout to open its annotations.</source>
        <translation>%1: von einer neueren Readout-Version geschrieben (Begleitdateiformat %2; diese Version liest bis %3). Aktualisieren Sie Readout, um die Annotationen zu öffnen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no valid &quot;version&quot;</source>
        <translation>kein gültiges &quot;version&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>document.text_hash missing</source>
        <translation>document.text_hash fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entity %1 (&quot;%2&quot;) has no valid id, type or offsets</source>
        <translation>Entität %1 („%2“) hat keine gültige Kennung, keinen gültigen Typ oder keine gültigen Positionen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>event %1 (&quot;%2&quot;) has no valid id, type or evidence</source>
        <translation>Ereignis %1 („%2“) hat keine gültige Kennung, keinen gültigen Typ oder keinen gültigen Beleg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>event %1 has invalid evidence %2</source>
        <translation>Ereignis %1 hat einen ungültigen Beleg %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>damaged sidecar: %1 %2-%3 runs past the end of the article (%4 characters)</source>
        <translation>beschädigte Begleitdatei: %1 %2-%3 reicht über das Ende des Artikels hinaus (%4 Zeichen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>event %1: evidence</source>
        <translation>Ereignis %1: Beleg</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>damaged sidecar: entity %1 says &quot;%2&quot; but the text there is &quot;%3&quot;</source>
        <translation>beschädigte Begleitdatei: Entität %1 nennt „%2“, aber dort steht „%3“</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: is a symbolic link (to %2); Readout does not write corrections through a link, which would create or replace that file wherever it is. Remove the link to save them here</source>
        <translation>%1: ist eine symbolische Verknüpfung (auf %2); Readout schreibt Korrekturen nicht über eine Verknüpfung, da dies die Zieldatei anlegen oder ersetzen würde, wo immer sie liegt. Entfernen Sie die Verknüpfung, um sie hier zu speichern</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: refusing to overwrite the article</source>
        <translation>%1: Der Artikel wird nicht überschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+5"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: Schreiben nicht möglich (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 has changed since its annotations were saved in %2.</source>
        <translation>%1 wurde geändert, seit seine Annotationen in %2 gespeichert wurden.</translation>
    </message>
</context>
<context>
    <name>Readout::SourceFiles</name>
    <message>
        <location filename="../../app/readout/sourcefiles.cpp" line="+23"/>
        <source>Sidecar (JSON)</source>
        <translation>Begleitdatei (JSON)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>brat annotations</source>
        <translation>brat-Annotationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events export (CSV)</source>
        <translation>Ereignisexport (CSV)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (your copy)</source>
        <translation>%1 (Ihre Kopie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User dictionary</source>
        <translation>Benutzerwörterbuch</translation>
    </message>
</context>
<context>
    <name>Readout::SourceView</name>
    <message>
        <location filename="../../widgets/sourceview.cpp" line="+57"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 MB, too large for a source view (the limit is %3 MB)</source>
        <translation>%1: %2 MB, zu groß für die Quelltextansicht (die Grenze liegt bei %3 MB)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: binary data (NUL byte at offset %2), not text</source>
        <translation>%1: Binärdaten (NUL-Byte an Position %2), kein Text</translation>
    </message>
</context>
<context>
    <name>Readout::SourceViewDialog</name>
    <message>
        <location filename="../../widgets/sourceviewdialog.cpp" line="+29"/>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;Copy As…</source>
        <translation>&amp;Kopie speichern unter …</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>built into Readout (%1)</source>
        <translation>in Readout eingebaut (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>plain text</source>
        <translation>reiner Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only: not plain UTF-8 or mixed line ends</source>
        <translation>schreibgeschützt: kein reines UTF-8 oder gemischte Zeilenenden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing to save</source>
        <translation>Nichts zu speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is read-only here</source>
        <translation>%1 ist hier schreibgeschützt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save Copy As</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files have changes that are not saved. Close anyway?</source>
        <translation>Einige Dateien haben nicht gespeicherte Änderungen. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>Readout::StoriesWindow</name>
    <message>
        <location filename="../../app/readout/storieswindow.cpp" line="+29"/>
        <source>Told by several reports</source>
        <translation>Von mehreren Berichten erzählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports disagree</source>
        <translation>Berichte widersprechen sich</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter stories…</source>
        <translation>Geschichten filtern …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link as One Event</source>
        <translation>Als ein Ereignis verknüpfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The selected reports (Ctrl+click) tell one event: join their stories</source>
        <translation>Die ausgewählten Berichte (Strg+Klick) erzählen ein Ereignis: ihre Geschichten zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the Same Event</source>
        <translation>Nicht dasselbe Ereignis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take the selected report out of its story (or keep the selected reports apart)</source>
        <translation>Den ausgewählten Bericht aus seiner Geschichte herausnehmen (oder die ausgewählten Berichte getrennt halten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expand All</source>
        <translation>Alle ausklappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse All</source>
        <translation>Alle einklappen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Stories: %1</source>
        <translation>Geschichten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 stories told by several reports, %2 of them with reports that disagree; %3.</source>
        <translation>%1 Geschichten von mehreren Berichten erzählt, bei %2 davon widersprechen sich die Berichte; %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 event told once</source>
        <translation>1 Ereignis einmal erzählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 events told once</source>
        <translation>%1 Ereignisse einmal erzählt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of your links name an event no longer found.</source>
        <translation>
            <numerusform>%n Ihrer Verknüpfungen nennt ein Ereignis, das nicht mehr gefunden wird.</numerusform>
            <numerusform>%n Ihrer Verknüpfungen nennen ein Ereignis, das nicht mehr gefunden wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports disagree on: %1 (date %2, place %3)</source>
        <translation>Berichte widersprechen sich bei: %1 (Datum %2, Ort %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, published %2: %3</source>
        <translation>%1, veröffentlicht am %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Readout::StoryModel</name>
    <message>
        <location filename="../../core/models/storymodel.cpp" line="+145"/>
        <source>linked by the analyst</source>
        <translation>vom Analysten verknüpft</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Story / report</source>
        <translation>Geschichte / Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports disagree on</source>
        <translation>Berichte widersprechen sich bei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
</context>
<context>
    <name>Readout::TextDecoder</name>
    <message>
        <location filename="../../core/formats/textdecoder.cpp" line="+19"/>
        <source>%1: binary data (%2), not a text article; open the article&apos;s text (.txt, .html, .md or .pdf)</source>
        <translation>%1: Binärdaten (%2), kein Textartikel; öffnen Sie den Text des Artikels (.txt, .html, .md oder .pdf)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: read as %2</source>
        <translation>%1: als %2 gelesen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>a Linux executable (ELF)</source>
        <translation>ein Linux-Programm (ELF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Mach-O or Java class file</source>
        <translation>eine Mach-O- oder Java-Klassendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a macOS executable (Mach-O)</source>
        <translation>ein macOS-Programm (Mach-O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a TIFF image</source>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a ZIP archive (or a .docx/.odt document)</source>
        <translation>ein ZIP-Archiv (oder ein .docx-/.odt-Dokument)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an old Microsoft Office document</source>
        <translation>ein altes Microsoft-Office-Dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an SQLite database</source>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a Windows executable</source>
        <translation>ein Windows-Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a WebP image</source>
        <translation>ein WebP-Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WAV sound</source>
        <translation>ein WAV-Klang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RIFF media file</source>
        <translation>eine RIFF-Mediendatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a video or image (ISO media)</source>
        <translation>ein Video oder Bild (ISO-Medien)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: invalid UTF-16 text (%2); the file may be truncated or damaged</source>
        <translation>%1: ungültiger UTF-16-Text (%2); die Datei ist möglicherweise abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an odd number of bytes</source>
        <translation>eine ungerade Anzahl von Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>undecodable code units</source>
        <translation>nicht dekodierbare Codeeinheiten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>UTF-8 byte-order mark but invalid UTF-8</source>
        <translation>UTF-8-Bytereihenfolgemarkierung, aber ungültiges UTF-8</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no byte-order mark: read as %1</source>
        <translation>keine Bytereihenfolgemarkierung: als %1 gelesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NUL byte at offset %1</source>
        <translation>NUL-Byte an Position %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>declared %1 but the bytes are not valid %1</source>
        <translation>als %1 deklariert, aber die Bytes sind kein gültiges %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown character set &quot;%1&quot;</source>
        <translation>unbekannter Zeichensatz „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: read as UTF-8</source>
        <translation>%1: als UTF-8 gelesen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 control characters</source>
        <translation>%1 Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>Readout::ThemeMenu</name>
    <message>
        <location filename="../../widgets/thememenu.cpp" line="+13"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Automatic (%1 or %2, following the system)</source>
        <translation>&amp;Automatisch (%1 oder %2, je nach System)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>Readout::TimelineView</name>
    <message>
        <location filename="../../widgets/timelineview.cpp" line="+294"/>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>cancelled or postponed</source>
        <translation>abgesagt oder verschoben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Readout timeline</source>
        <translation>Readout-Zeitleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1: name the file .png or .svg</source>
        <translation>%1: Benennen Sie die Datei mit .png oder .svg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The timeline is too wide for one picture at this zoom: zoom out first.</source>
        <translation>Die Zeitleiste ist bei dieser Vergrößerung zu breit für ein Bild: Verkleinern Sie zuerst.</translation>
    </message>
</context>
<context>
    <name>Readout::TimelineWindow</name>
    <message>
        <location filename="../../app/readout/timelinewindow.cpp" line="+23"/>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows: </source>
        <translation>Zeilen: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs of sides</source>
        <translation>Paare von Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+wheel zooms, dragging pans, a click opens the article at the event.</source>
        <translation>Strg+Mausrad zoomt, Ziehen verschiebt, ein Klick öffnet den Artikel beim Ereignis.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Timeline: %1</source>
        <translation>Zeitleiste: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 events have a date and are shown. Ctrl+wheel zooms, dragging pans, a click opens the article at the event.</source>
        <translation>%1 von %2 Ereignissen haben ein Datum und werden angezeigt. Strg+Mausrad zoomt, Ziehen verschiebt, ein Klick öffnet den Artikel beim Ereignis.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export Timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG picture (*.svg);;PNG picture (*.png)</source>
        <translation>SVG-Bild (*.svg);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could Not Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline written to %1</source>
        <translation>Zeitleiste in %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Readout::TokenListEdit</name>
    <message>
        <location filename="../../widgets/tokenlistedit.cpp" line="+28"/>
        <source>Actor; Actor…</source>
        <translation>Akteur; Akteur …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants separated by “;”; each one completes from the document&apos;s actors and the gazetteer</source>
        <translation>Beteiligte, getrennt durch „;“; jeder wird aus den Akteuren des Dokuments und dem Ortsverzeichnis ergänzt</translation>
    </message>
</context>
<context>
    <name>Readout::UserDictionary</name>
    <message>
        <location filename="../../core/knowledge/userdictionary.cpp" line="+94"/>
        <source>%1: cannot read (%2)</source>
        <translation>%1: Lesen nicht möglich (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1:%2: empty surface</source>
        <translation>%1:%2: leere Textform</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: type &quot;%3&quot; is not PERSON, ORGANIZATION, LOCATION, MISC or STOP</source>
        <translation>%1:%2: Typ „%3“ ist nicht PERSON, ORGANIZATION, LOCATION, MISC oder STOP</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+6"/>
        <source>%1: cannot write (%2)</source>
        <translation>%1: Schreiben nicht möglich (%2)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>has no letter or digit</source>
        <translation>enthält keinen Buchstaben und keine Ziffer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is a single character</source>
        <translation>ist ein einzelnes Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is a lone function word</source>
        <translation>ist ein alleinstehendes Funktionswort</translation>
    </message>
</context>
<context>
    <name>Readout::UserDictionaryDialog</name>
    <message>
        <location filename="../../widgets/userdictionarydialog.cpp" line="+37"/>
        <source>User Dictionary</source>
        <translation>Benutzerwörterbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names learnt from your corrections; every article opened from now on uses them. Type STOP marks a text that is never a name.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>Aus Ihren Korrekturen gelernte Namen; jeder ab jetzt geöffnete Artikel verwendet sie. Der Typ STOP kennzeichnet einen Text, der nie ein Name ist.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stands for</source>
        <translation>Steht für</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file could not be read: %1. Saving replaces it.</source>
        <translation>Die Datei konnte nicht gelesen werden: %1. Beim Speichern wird sie ersetzt.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Readout::WorkspaceFolder</name>
    <message>
        <location filename="../../core/storage/workspacefolder.cpp" line="+23"/>
        <source>%1: not a folder of Readout&apos;s (a link or a file); nothing is kept there</source>
        <translation>%1: kein Ordner von Readout (eine Verknüpfung oder Datei); dort wird nichts abgelegt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a regular file; it is left alone</source>
        <translation>%1: keine reguläre Datei; sie bleibt unverändert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/readout/main.cpp" line="+48"/>
        <source>readout: could not write the screenshot to %1</source>
        <translation>readout: Das Bildschirmfoto konnte nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Once the first file is extracted, save the window as a PNG, print its path and quit.</source>
        <translation>Sobald die erste Datei extrahiert ist, das Fenster als PNG speichern, den Pfad ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OUT.png</source>
        <translation>AUSGABE.png</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publication date of the files, overriding their own.</source>
        <translation>Veröffentlichungsdatum der Dateien; ersetzt deren eigenes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colour theme for this run (see --list-themes); the one picked in View ▸ Theme is left as it is.</source>
        <translation>Farbdesign für diesen Aufruf (siehe --list-themes); das unter „Ansicht ▸ Design“ gewählte bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the two files given (A B) side by side: aligned paragraphs and their events paired and flagged.</source>
        <translation>Die beiden angegebenen Dateien (A B) nebeneinander vergleichen: zugeordnete Absätze und ihre Ereignisse gepaart und markiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With a FOLDER: once its articles are read, search them (words and actor:, type:, from: ... fields).</source>
        <translation>Mit einem ORDNER: Sobald seine Artikel gelesen sind, sie durchsuchen (Wörter und Felder wie actor:, type:, from: …).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QUERY</source>
        <translation>SUCHE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a FOLDER: once its articles are read, show the timeline of their events (--screenshot takes it).</source>
        <translation>Mit einem ORDNER: Sobald seine Artikel gelesen sind, die Zeitleiste ihrer Ereignisse anzeigen (--screenshot nimmt sie auf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With a FOLDER: once its articles are read, show their stories, expanded (--screenshot takes them).</source>
        <translation>Mit einem ORDNER: Sobald seine Artikel gelesen sind, ihre Geschichten ausgeklappt anzeigen (--screenshot nimmt sie auf).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the highlighting engine and its themes, then quit.</source>
        <translation>Die Hervorhebungs-Engine und ihre Designs ausgeben, dann beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Highlights who, where and when in news articles and lists the events they report.</source>
        <translation>Hebt hervor, wer, wo und wann in Nachrichtenartikeln vorkommt, und listet die berichteten Ereignisse auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Articles to open; a folder opens as a corpus (File ▸ Open Folder).</source>
        <translation>Zu öffnende Artikel; ein Ordner wird als Korpus geöffnet („Datei ▸ Ordner öffnen“).</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>readout: --published expects a date as YYYY-MM-DD, not “%1”</source>
        <translation>readout: --published erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>readout: no theme “%1” (see readout --list-themes)</source>
        <translation>readout: Kein Design „%1“ (siehe readout --list-themes)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>readout: --compare expects two files, A and B</source>
        <translation>readout: --compare erwartet zwei Dateien, A und B</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+36"/>
        <source>readout: %1</source>
        <translation>readout: %1</translation>
    </message>
</context>
<context>
    <name>readout-cli</name>
    <message>
        <location filename="../../app/readout-cli/analystwork.cpp" line="+22"/>
        <source>Pure extraction: no sidecar corrections, no user dictionary (as --no-sidecar --no-dictionary).</source>
        <translation>Reine Extraktion: keine Korrekturen aus Begleitdateien, kein Benutzerwörterbuch (wie --no-sidecar --no-dictionary).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore each article&apos;s saved corrections (NAME.readout.json). Without it, a sidecar saved before the article changed is refused (exit 1). A .readout.json or .ann given itself still brings its annotations.</source>
        <translation>Die gespeicherten Korrekturen jedes Artikels (NAME.readout.json) nicht beachten. Ohne diese Option wird eine Begleitdatei abgelehnt, die vor einer Änderung des Artikels gespeichert wurde (Exit-Status 1). Eine direkt angegebene .readout.json- oder .ann-Datei bringt ihre Annotationen weiterhin mit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not use the user dictionary.</source>
        <translation>Das Benutzerwörterbuch nicht verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this user dictionary instead of the window&apos;s (%1).</source>
        <translation>Dieses Benutzerwörterbuch statt des Wörterbuchs des Fensters verwenden (%1).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--dictionary contradicts %1</source>
        <translation>--dictionary widerspricht %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--dictionary %1: no such file</source>
        <translation>--dictionary %1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no user dictionary (%1 does not exist)</source>
        <translation>kein Benutzerwörterbuch (%1 existiert nicht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>user dictionary not used; fix the line in %1 or in Readout</source>
        <translation>Benutzerwörterbuch nicht verwendet; korrigieren Sie die Zeile in %1 oder in Readout</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>using user dictionary %1 (1 entry)</source>
        <translation>Benutzerwörterbuch %1 wird verwendet (1 Eintrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>using user dictionary %1 (%2 entries)</source>
        <translation>Benutzerwörterbuch %1 wird verwendet (%2 Einträge)</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../app/readout-cli/corpuscommands.cpp" line="+163"/>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../../app/readout-cli/cliio.cpp" line="+69"/>
        <source>--%1: &quot;%2&quot; is not a date YYYY-MM-DD</source>
        <translation>--%1: „%2“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write to standard output (%1)</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot write to standard output</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write to FILE.</source>
        <translation>In DATEI schreiben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Directory whose data files override the built-in ones (default: your data folder %1, when it holds a file, as in the window).</source>
        <translation>Ordner, dessen Datendateien die eingebauten ersetzen (Vorgabe: Ihr Datenordner %1, sofern er eine Datei enthält, wie im Fenster).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>using your data folder %1 (as the window does)</source>
        <translation>Ihr Datenordner %1 wird verwendet (wie im Fenster)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>not using your data folder: %1; using the built-in data</source>
        <translation>Ihr Datenordner wird nicht verwendet: %1; die eingebauten Daten werden verwendet</translation>
    </message>
    <message>
        <location filename="../../app/readout-cli/comparecommand.cpp" line="+41"/>
        <source>%1: no publication date (no &quot;date YYYY-MM-DD&quot; header); relative dates stay unresolved and events may not pair. Pass --published-a/--published-b YYYY-MM-DD.</source>
        <translation>%1: kein Veröffentlichungsdatum (keine Kopfzeile „date JJJJ-MM-TT“); relative Datumsangaben bleiben unaufgelöst und Ereignisse werden womöglich nicht gepaart. Geben Sie --published-a/--published-b JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compare two reports of the same events.</source>
        <translation>Zwei Berichte über dieselben Ereignisse vergleichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+85"/>
        <location filename="../../app/readout-cli/corpuscommands.cpp" line="+146"/>
        <location line="+158"/>
        <location filename="../../app/readout-cli/evalcommand.cpp" line="+58"/>
        <location filename="../../app/readout-cli/exportcommand.cpp" line="+48"/>
        <location filename="../../app/readout-cli/main.cpp" line="+220"/>
        <location filename="../../app/readout-cli/storiescommand.cpp" line="+110"/>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>The first report.</source>
        <translation>Der erste Bericht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The second report.</source>
        <translation>Der zweite Bericht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>json (default) or csv.</source>
        <translation>json (Standard) oder csv.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publication date of A, YYYY-MM-DD, overriding its own.</source>
        <translation>Veröffentlichungsdatum von A, JJJJ-MM-TT; ersetzt dessen eigenes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publication date of B, YYYY-MM-DD, overriding its own.</source>
        <translation>Veröffentlichungsdatum von B, JJJJ-MM-TT; ersetzt dessen eigenes.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../app/readout-cli/main.cpp" line="-174"/>
        <source>%1: refusing to overwrite the article %2; choose another output file</source>
        <translation>%1: Der Artikel %2 wird nicht überschrieben; wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Score event pairing across reports against gold xrefs.</source>
        <translation>Die Paarung von Ereignissen über Berichte hinweg an Gold-Querverweisen messen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of .txt + .gold.json.</source>
        <translation>Ordner mit .txt- und .gold.json-Dateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List every wrong and missed pair.</source>
        <translation>Jedes falsche und fehlende Paar auflisten.</translation>
    </message>
    <message>
        <location filename="../../app/readout-cli/corpuscommands.cpp" line="-371"/>
        <source>batch: %1/%2 articles</source>
        <translation>batch: %1/%2 Artikel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>batch: %1 articles (%2 unchanged since indexed, %3 read with corrections, %4 failed), %5 events in %6 s, %7 articles/s with 1 job</source>
        <translation>batch: %1 Artikel (%2 seit der Indizierung unverändert, %3 mit Korrekturen gelesen, %4 fehlgeschlagen), %5 Ereignisse in %6 s, %7 Artikel/s mit 1 Job</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch: %1 articles (%2 unchanged since indexed, %3 read with corrections, %4 failed), %5 events in %6 s, %7 articles/s with %8 jobs</source>
        <translation>batch: %1 Artikel (%2 seit der Indizierung unverändert, %3 mit Korrekturen gelesen, %4 fehlgeschlagen), %5 Ereignisse in %6 s, %7 Artikel/s mit %8 Jobs</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>batch: %1 events of %2 articles in one calendar</source>
        <translation>batch: %1 Ereignisse aus %2 Artikeln in einem Kalender</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>batch: %1; every article is read</source>
        <translation>batch: %1; jeder Artikel wird gelesen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>batch --jsonl: cannot read standard input</source>
        <translation>batch --jsonl: Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Extract every article of folders and files on all cores, as the window shows them.</source>
        <translation>Jeden Artikel aus Ordnern und Dateien auf allen Kernen extrahieren, so wie das Fenster ihn zeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folders (every article in them and their sub-folders) and files.</source>
        <translation>Ordner (jeder Artikel darin und in den Unterordnern) und Dateien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE: OUT.csv (every event) or OUT.jsonl (one article per line).</source>
        <translation>In DATEI schreiben: AUSGABE.csv (jedes Ereignis) oder AUSGABE.jsonl (ein Artikel pro Zeile).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jsonl (default; from -o&apos;s suffix), csv or ics (one calendar).</source>
        <translation>jsonl (Standard; nach der Endung von -o), csv oder ics (ein Kalender).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles read at once (default: one per core).</source>
        <translation>Gleichzeitig gelesene Artikel (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream mode: JSON lines on standard input ({&quot;path&quot;: FILE} or {&quot;text&quot;: TEXT, &quot;published&quot;: &quot;YYYY-MM-DD&quot;}, with an optional &quot;id&quot;), one JSON result per line on standard output.</source>
        <translation>Datenstrommodus: JSON-Zeilen auf der Standardeingabe ({&quot;path&quot;: FILE} oder {&quot;text&quot;: TEXT, &quot;published&quot;: &quot;YYYY-MM-DD&quot;}, mit optionalem &quot;id&quot;), ein JSON-Ergebnis pro Zeile auf der Standardausgabe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publication date YYYY-MM-DD, overriding every document&apos;s.</source>
        <translation>Veröffentlichungsdatum JJJJ-MM-TT; ersetzt das jedes Dokuments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither use nor write a folder&apos;s index (FOLDER/.readout/corpus.sqlite); by default an article unchanged since it was indexed is not read again.</source>
        <translation>Den Index eines Ordners (ORDNER/.readout/corpus.sqlite) weder verwenden noch schreiben; ohne diese Option wird ein seit der Indizierung unveränderter Artikel nicht erneut gelesen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>batch: -j wants a number of at least 1, not &quot;%1&quot;</source>
        <translation>batch: -j erwartet eine Zahl von mindestens 1, nicht „%1“</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>batch: %1: could not be brought up to date (%2); the next run reads the articles again</source>
        <translation>batch: %1: konnte nicht aktualisiert werden (%2); der nächste Lauf liest die Artikel erneut</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 articles indexed in %3 (%4 read now)</source>
        <translation>%1: %2 Artikel in %3 indiziert (%4 jetzt gelesen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: could not be updated (%2)</source>
        <translation>%1: konnte nicht aktualisiert werden (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search the articles of a folder: words and event fields.</source>
        <translation>Die Artikel eines Ordners durchsuchen: Wörter und Ereignisfelder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/readout-cli/storiescommand.cpp" line="+2"/>
        <source>The corpus folder.</source>
        <translation>Der Korpusordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words (&quot;a phrase&quot;, OR, NOT, prefix*) and fields actor:, person:, type:, status:, from:, to:.</source>
        <translation>Wörter (&quot;eine Wortgruppe&quot;, OR, NOT, Präfix*) und die Felder actor:, person:, type:, status:, from:, to:.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>table (default) or jsonl.</source>
        <translation>table (Standard) oder jsonl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most N sentences (default 100).</source>
        <translation>Höchstens N Sätze (Standard 100).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/readout-cli/storiescommand.cpp" line="+11"/>
        <source>Articles read at once to update the index (default: one per core).</source>
        <translation>Gleichzeitig gelesene Artikel beim Aktualisieren des Index (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../app/readout-cli/storiescommand.cpp" line="+20"/>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>search: 1 sentence</source>
        <translation>search: 1 Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search: %1 sentences</source>
        <translation>search: %1 Sätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the limit; --limit N for more)</source>
        <translation>%1 (die Grenze; --limit N für mehr)</translation>
    </message>
    <message>
        <location filename="../../app/readout-cli/evalcommand.cpp" line="-2"/>
        <source>Score extraction against gold annotations.</source>
        <translation>Die Extraktion an Gold-Annotationen messen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder of gold files.</source>
        <translation>Ordner mit Gold-Dateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>entities, dates or events (default: from the files).</source>
        <translation>entities, dates oder events (Standard: aus den Dateien).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meta (default: .meta.json or the gold&apos;s date) or header.</source>
        <translation>meta (Standard: .meta.json oder das Datum der Gold-Daten) oder header.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List every false positive and negative.</source>
        <translation>Jedes falsch positive und falsch negative Ergebnis auflisten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events: also score each group of files by the number their name starts with, e.g. 00-20,40-97.</source>
        <translation>Ereignisse: zusätzlich jede Gruppe von Dateien nach der Zahl am Anfang ihres Namens bewerten, z. B. 00-20,40-97.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>--task: &quot;%1&quot; is not entities, dates or events</source>
        <translation>--task: „%1“ ist weder entities noch dates noch events</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--groups: &quot;%1&quot; is not a list of ranges such as 00-20,40-97</source>
        <translation>--groups: „%1“ ist keine Liste von Bereichen wie 00-20,40-97</translation>
    </message>
    <message>
        <location filename="../../app/readout-cli/exportcommand.cpp" line="-2"/>
        <source>Export the corrected annotations and events of a sidecar.</source>
        <translation>Die korrigierten Annotationen und Ereignisse einer Begleitdatei exportieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The article&apos;s NAME.readout.json.</source>
        <translation>Die Datei NAME.readout.json des Artikels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>csv (default), json, brat, conll or ics.</source>
        <translation>csv (Standard), json, brat, conll oder ics.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write to FILE (brat: FILE.ann, with the text as FILE.txt).</source>
        <translation>In DATEI schreiben (brat: DATEI.ann, mit dem Text als DATEI.txt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article, when it is not where the sidecar says.</source>
        <translation>Der Artikel, wenn er nicht dort liegt, wo die Begleitdatei angibt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: its article %2 is a Readout sidecar, not an article (pass --article PATH)</source>
        <translation>%1: Sein Artikel %2 ist eine Readout-Begleitdatei, kein Artikel (geben Sie --article PFAD an)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: its article cannot be read: %2 (pass --article PATH)</source>
        <translation>%1: Sein Artikel kann nicht gelesen werden: %2 (geben Sie --article PFAD an)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has changed since %2 was written; open it in Readout to re-anchor the annotations</source>
        <translation>%1 wurde geändert, seit %2 geschrieben wurde; öffnen Sie den Artikel in Readout, um die Annotationen neu zu verankern</translation>
    </message>
    <message>
        <location filename="../../app/readout-cli/main.cpp" line="+107"/>
        <source>note: %1 is not UTF-8 text with LF line ends; the offsets in %2 count in its decoded text</source>
        <translation>Hinweis: %1 ist kein UTF-8-Text mit LF-Zeilenenden; die Positionen in %2 zählen im dekodierten Text</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: written as %2 with %3.txt (%4.ann and %4.txt there are another article&apos;s)</source>
        <translation>%1: als %2 mit %3.txt geschrieben (%4.ann und %4.txt dort gehören zu einem anderen Artikel)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--explain goes with --format table or json</source>
        <translation>--explain gehört zu --format table oder json</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format ics writes one calendar per article: give one FILE</source>
        <translation>--format ics schreibt einen Kalender pro Artikel: Geben Sie eine DATEI an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--format brat writes one .ann (and .txt) per article: give one FILE, or -o an existing folder</source>
        <translation>--format brat schreibt eine .ann- (und .txt-)Datei pro Artikel: Geben Sie eine DATEI an oder mit -o einen vorhandenen Ordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extract entities and events from articles.</source>
        <translation>Entitäten und Ereignisse aus Artikeln extrahieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles to read.</source>
        <translation>Zu lesende Artikel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>json (default), csv, table, brat (.ann and .txt), conll or ics.</source>
        <translation>json (Standard), csv, table, brat (.ann und .txt), conll oder ics.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publication date YYYY-MM-DD, overriding the document&apos;s.</source>
        <translation>Veröffentlichungsdatum JJJJ-MM-TT; ersetzt das des Dokuments.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which rule filled each field of each event and the words it matched (table: after the table; json: a &quot;why&quot; list per event).</source>
        <translation>Angeben, welche Regel jedes Feld jedes Ereignisses gefüllt hat und welche Wörter sie erkannt hat (table: nach der Tabelle; json: eine &quot;why&quot;-Liste pro Ereignis).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1: no publication date (no &quot;date YYYY-MM-DD&quot; header); relative dates stay unresolved. Pass --published YYYY-MM-DD.</source>
        <translation>%1: kein Veröffentlichungsdatum (keine Kopfzeile „date JJJJ-MM-TT“); relative Datumsangaben bleiben unaufgelöst. Geben Sie --published JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>usage: readout-cli &lt;command&gt; [options]

commands:
  extract FILE... [--format json|csv|table|brat|conll|ics] [-o OUT] [--published YYYY-MM-DD]
      entities and events as JSON (product brief section 5), CSV, brat standoff or CoNLL BIO;
      FILE: .txt, .html, .md, .pdf, or a brat .ann / .readout.json sidecar (their annotations);
      --explain (with table or json): which rule filled each field of each event, and its words,
      and which rule found each mention (name, place, date)
  compare A B [--format json|csv] [-o OUT] [--published-a YYYY-MM-DD] [--published-b YYYY-MM-DD]
      aligned paragraphs and paired events of two reports, each flagged (same, date_differs, ...)
  eval --gold DIR [--task entities|dates|events|compare] [--published-from meta|header] [--errors]
       [--groups 00-20,40-97]
      precision, recall and F1 against gold annotations (brat .ann or events .gold.json)
  batch DIR|FILE... [-o OUT.csv|OUT.jsonl] [-j N] [--published YYYY-MM-DD]
      every article of the folders (and sub-folders) and files on all cores (-j N: N at once),
      one JSON line per article or the CSV of every event; progress on stderr
      a folder&apos;s index (DIR/.readout/corpus.sqlite) spares re-reading what is unchanged (--no-index)
  batch --jsonl [-j N]
      stream mode: JSON lines in ({&quot;path&quot;: FILE} or {&quot;text&quot;: TEXT, &quot;published&quot;: DATE}, an
      optional &quot;id&quot;), one JSON result per line out, in order; nothing shared between lines
  search DIR QUERY... [--format table|jsonl] [--limit N]
      the sentences of DIR&apos;s articles that match: words (&quot;a phrase&quot;, OR, NOT, prefix*) and fields
      of the event told there: actor:NAME person:NAME type:talks status:held from:DATE to:DATE
  stories DIR [--all] [--format table|jsonl]
      reports of DIR that tell one event, grouped: where they disagree (date, place, sides), how
      the status moved, the analyst&apos;s links (DIR/.readout/links.json) applied
  export FILE.readout.json [--format csv|json|brat|conll|ics] [-o OUT] [--article PATH]
      the corrected annotations and events an article&apos;s sidecar holds

the analyst&apos;s work: extract, batch and compare use what the window uses, and say so on stderr:
  an article&apos;s sidecar NAME.readout.json (its corrections) and the user dictionary (names taught,
  %1).
  A sidecar written before the article changed is refused (exit 1): open the article in Readout
  to re-anchor it, or pass --no-sidecar. A damaged or newer sidecar is said and left alone.
  --clean             pure extraction: no sidecar, no user dictionary
  --no-sidecar        no sidecar corrections (a .readout.json or .ann given itself still counts)
  --no-dictionary     no user dictionary
  --dictionary FILE   this user dictionary instead of the window&apos;s
  eval never uses either: it measures the extractor.

exit status: 0 success, 1 bad input (the message names the file and the problem), 2 usage
</source>
        <translation>Aufruf: readout-cli &lt;Befehl&gt; [Optionen]

Befehle:
  extract FILE... [--format json|csv|table|brat|conll|ics] [-o OUT] [--published YYYY-MM-DD]
      Entitäten und Ereignisse als JSON (Produktbeschreibung, Abschnitt 5), CSV, brat-Standoff
      oder CoNLL-BIO; FILE: .txt, .html, .md, .pdf oder eine brat-.ann- bzw. .readout.json-
      Begleitdatei (mit deren Annotationen); --explain (mit table oder json): welche Regel jedes
      Feld jedes Ereignisses gefüllt hat, mit ihren Wörtern, und welche Regel jede Erwähnung
      (Name, Ort, Datum) gefunden hat
  compare A B [--format json|csv] [-o OUT] [--published-a YYYY-MM-DD] [--published-b YYYY-MM-DD]
      zugeordnete Absätze und gepaarte Ereignisse zweier Berichte, jeweils markiert (same,
      date_differs, ...)
  eval --gold DIR [--task entities|dates|events|compare] [--published-from meta|header] [--errors]
       [--groups 00-20,40-97]
      Genauigkeit, Trefferquote und F1 gegenüber Gold-Annotationen (brat .ann oder
      Ereignisse .gold.json)
  batch DIR|FILE... [-o OUT.csv|OUT.jsonl] [-j N] [--published YYYY-MM-DD]
      jeder Artikel der Ordner (und Unterordner) und Dateien auf allen Kernen (-j N: N
      gleichzeitig), eine JSON-Zeile pro Artikel oder die CSV aller Ereignisse; Fortschritt auf
      stderr; der Index eines Ordners (DIR/.readout/corpus.sqlite) erspart das erneute Lesen
      unveränderter Artikel (--no-index)
  batch --jsonl [-j N]
      Datenstrommodus: JSON-Zeilen hinein ({&quot;path&quot;: FILE} oder {&quot;text&quot;: TEXT, &quot;published&quot;: DATE},
      optional &quot;id&quot;), ein JSON-Ergebnis pro Zeile hinaus, in Reihenfolge; nichts wird zwischen
      Zeilen geteilt
  search DIR QUERY... [--format table|jsonl] [--limit N]
      die passenden Sätze der Artikel in DIR: Wörter (&quot;eine Wortgruppe&quot;, OR, NOT, Präfix*) und
      Felder des dort berichteten Ereignisses: actor:NAME person:NAME type:talks status:held
      from:DATE to:DATE
  stories DIR [--all] [--format table|jsonl]
      Berichte in DIR, die ein Ereignis erzählen, gruppiert: wo sie sich widersprechen (Datum,
      Ort, Seiten), wie sich der Status entwickelt hat, mit den Verknüpfungen des Analysten
      (DIR/.readout/links.json)
  export FILE.readout.json [--format csv|json|brat|conll|ics] [-o OUT] [--article PATH]
      die korrigierten Annotationen und Ereignisse aus der Begleitdatei eines Artikels

Die Arbeit des Analysten: extract, batch und compare verwenden, was das Fenster verwendet, und
melden es auf stderr: die Begleitdatei NAME.readout.json eines Artikels (seine Korrekturen) und
das Benutzerwörterbuch (gelernte Namen,
  %1).
  Eine Begleitdatei, die vor einer Änderung des Artikels geschrieben wurde, wird abgelehnt
  (Exit-Status 1): Öffnen Sie den Artikel in Readout, um sie neu zu verankern, oder geben Sie
  --no-sidecar an. Eine beschädigte oder neuere Begleitdatei wird gemeldet und nicht verändert.
  --clean             reine Extraktion: keine Begleitdatei, kein Benutzerwörterbuch
  --no-sidecar        keine Korrekturen aus Begleitdateien (eine direkt angegebene .readout.json-
                      oder .ann-Datei zählt weiterhin)
  --no-dictionary     kein Benutzerwörterbuch
  --dictionary FILE   dieses Benutzerwörterbuch statt des Wörterbuchs des Fensters
  eval verwendet keines von beiden: Es misst den Extraktor.

Exit-Status: 0 Erfolg, 1 ungültige Eingabe (die Meldung nennt Datei und Problem), 2 falscher Aufruf
</translation>
    </message>
    <message>
        <location filename="../../app/readout-cli/storiescommand.cpp" line="-38"/>
        <source>Group the reports of a folder that tell the same event into stories, and say where they disagree (date, place, sides) and how the status moved.</source>
        <translation>Die Berichte eines Ordners, die dasselbe Ereignis erzählen, zu Geschichten gruppieren und angeben, wo sie sich widersprechen (Datum, Ort, Seiten) und wie sich der Status entwickelt hat.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>table (default) or jsonl (one story per line).</source>
        <translation>table (Standard) oder jsonl (eine Geschichte pro Zeile).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also events told by one report only.</source>
        <translation>Auch Ereignisse, die nur ein Bericht erzählt.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (stories are made without the analyst&apos;s links)</source>
        <translation>%1 (Geschichten werden ohne die Verknüpfungen des Analysten gebildet)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>stories: %1 of %2 told by two reports or more (%3 events in %4 articles)</source>
        <translation>stories: %1 von %2 von zwei oder mehr Berichten erzählt (%3 Ereignisse in %4 Artikeln)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1; %2 of the analyst&apos;s links name an event no longer found</source>
        <translation>%1; %2 der Verknüpfungen des Analysten nennen ein Ereignis, das nicht mehr gefunden wird</translation>
    </message>
</context>
</TS>
