<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Readout::Annotations</name>
    <message numerus="yes">
        <source>Delete %n entities</source>
        <translation>
            <numerusform>Delete %n entity</numerusform>
            <numerusform>Delete %n entities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::ArticleSession</name>
    <message numerus="yes">
        <source>Dates anchored on %1: %n value(s) re-resolved</source>
        <translation>
            <numerusform>Dates anchored on %1: %n value re-resolved</numerusform>
            <numerusform>Dates anchored on %1: %n values re-resolved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::Comparison</name>
    <message numerus="yes">
        <source>%n event(s): %1</source>
        <translation>
            <numerusform>%n event: %1</numerusform>
            <numerusform>%n events: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::CorpusController</name>
    <message numerus="yes">
        <source>Linked: %n reports tell one event.</source>
        <translation>
            <numerusform>Linked: %n report tells one event.</numerusform>
            <numerusform>Linked: %n reports tell one event.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::EntityEditController</name>
    <message numerus="yes">
        <source>Annotated %n occurrence(s) of “%1” as %2</source>
        <translation>
            <numerusform>Annotated %n occurrence of “%1” as %2</numerusform>
            <numerusform>Annotated %n occurrences of “%1” as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n occurrence(s) of “%1”</source>
        <translation>
            <numerusform>Deleted %n occurrence of “%1”</numerusform>
            <numerusform>Deleted %n occurrences of “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Readout::StoriesWindow</name>
    <message numerus="yes">
        <source>%n of your links name an event no longer found.</source>
        <translation>
            <numerusform>%n of your links names an event no longer found.</numerusform>
            <numerusform>%n of your links name an event no longer found.</numerusform>
        </translation>
    </message>
</context>
</TS>
