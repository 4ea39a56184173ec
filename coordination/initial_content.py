"""The first FAQ entries and content pages, written by us in our own words.

`manage.py create_initial_content` adds what is missing (by slug) and never overwrites what
staff have edited; `make fixtures` exports the result into fixtures/coordination.json.
Legal pages are drafts: what we do not know is left out of the text and listed for the
editors under "Offene Punkte", never made up. Facts from public sources that the office must
still confirm (offices/legal-facts.json) are in the text and listed there too."""

import datetime

WRITTEN_ON = datetime.date(2026, 11, 25)

CATEGORIES = [
    ("ueber-die-oe-spk", "Über die OE SPK", 1),
    ("stadtteilkoordination", "Stadtteilkoordination", 2),
    ("raeume-und-programme", "Räume, Zahlen und Programme", 3),
]

FAQ = [
    {
        "category": "ueber-die-oe-spk",
        "slug": "aufgaben-der-oe-spk",
        "question": "Was sind die Aufgaben der OE SPK?",
        "on_start_page": True,
        "answer": """
<p>Die Organisationseinheit Sozialraumorientierte Planungskoordination (OE SPK) will die
soziale Entwicklung der Neuköllner Stadtteile voranbringen, damit alle Menschen im Bezirk gute
und gleiche Chancen haben. Dafür setzt sie den Ansatz der Sozialraumorientierung über die
Grenzen der einzelnen Fachämter hinweg um.</p>
<ul>
<li><strong>Zusammenarbeit organisieren:</strong> Sie koordiniert die Zusammenarbeit der Ämter,
wenn Bezirksregionen geplant und weiterentwickelt werden, lädt regelmäßig zum Austausch ein und
begleitet Abstimmungen in der Verwaltung – von der Planung bis zur Umsetzung.</li>
<li><strong>Ansprechpartnerin sein:</strong> Für Initiativen, Vereine und Einrichtungen ist sie
die Kontaktstelle im Bezirksamt – eine Brücke zwischen Verwaltung, den Aktiven vor Ort und den
Menschen, die im Bezirk leben.</li>
<li><strong>Daten auswerten:</strong> Sie analysiert Daten über die Bezirksregionen, etwa zur
sozialen und grünen Infrastruktur und zur sozialen und wirtschaftlichen Lage, und fasst die
Ergebnisse in Berichten zusammen.</li>
</ul>""",
    },
    {
        "category": "ueber-die-oe-spk",
        "slug": "was-ist-sozialraumorientierung",
        "question": "Was bedeutet Sozialraumorientierung?",
        "on_start_page": True,
        "answer": """
<p>Sozialraumorientierung heißt: Die Verwaltung denkt nicht nur in Zuständigkeiten, sondern vom
Lebensraum der Menschen aus – vom Kiez, von der Nachbarschaft. Dort sollen fachliches Wissen,
der verantwortliche Umgang mit Geld und das Engagement der Bürgerinnen und Bürger
zusammenkommen.</p>
<p>Der Ansatz ist zugleich politisches Leitbild, Prinzip für die Organisation der Verwaltung und
Leitfaden für die fachliche Arbeit. Im Kern geht es um drei Dinge:</p>
<ul>
<li>Was die Bewohnerinnen und Bewohner wollen und brauchen, ist der Ausgangspunkt.</li>
<li>Ihre Eigeninitiative wird gestärkt.</li>
<li>Die Mittel, die dafür nötig sind, werden erschlossen.</li>
</ul>
<p>Grundlagen und Umsetzung in Berlin beschreibt die
<a href="https://www.berlin.de/sen/sbw/">Senatsverwaltung für Stadtentwicklung, Bauen und
Wohnen</a>.</p>""",
    },
    {
        "category": "ueber-die-oe-spk",
        "slug": "keine-stadtteilkoordination-in-meiner-region",
        "question": "In meiner Gegend gibt es keine Stadtteilkoordination. An wen wende ich mich?",
        "answer": """
<p>An die OE SPK selbst. Sie sitzt im Rathaus Neukölln, Karl-Marx-Straße 83, 12043 Berlin, und
ist für alle Bezirksregionen da. Sie kennt die Ämter und hilft Ihnen, die richtige Stelle zu
finden. <a href="/stadtteilkoordination/#spk-kontakt">So erreichen Sie die OE SPK</a></p>""",
    },
    {
        "category": "stadtteilkoordination",
        "slug": "was-ist-eine-stadtteilkoordination",
        "question": "Was macht eine Stadtteilkoordination?",
        "on_start_page": True,
        "answer": """
<p>Die Stadtteilkoordination arbeitet direkt im Kiez, zusammen mit der OE SPK im Bezirksamt.
Ihre wichtigsten Aufgaben:</p>
<ul>
<li>Netzwerke und Kooperationen aufbauen und pflegen, damit Nachbarschaft, Initiativen und
Einrichtungen im Stadtteil mitreden und mitgestalten können;</li>
<li>dauerhafte Wege schaffen, auf denen Menschen informiert werden und sich beteiligen
können.</li>
</ul>
<p>Dafür lädt sie zu Arbeitsgruppen und Austauschrunden im Kiez ein. Sie sorgt dafür, dass
Informationen in beide Richtungen fließen: vom Bezirksamt in den Kiez und vom Kiez ins
Bezirksamt.</p>""",
    },
    {
        "category": "stadtteilkoordination",
        "slug": "welche-stadtteilkoordination-ist-zustaendig",
        "question": "Welche Stadtteilkoordination ist für mich zuständig?",
        "on_start_page": True,
        "answer": """
<p>Eine Stadtteilkoordination gibt es derzeit in vier Bezirksregionen: Schillerpromenade,
Neuköllner Mitte/Zentrum, Reuterstraße und Gropiusstadt Ost. Geben Sie unter
<a href="/zustaendigkeit/">Wer hilft mir?</a> Ihre Straße und Hausnummer ein. Sie sehen
sofort, wer für Sie da ist.</p>
<p>Liegt Ihre Adresse in einer der anderen acht Bezirksregionen, hilft Ihnen die OE SPK im
Rathaus Neukölln.</p>""",
    },
    {
        "category": "stadtteilkoordination",
        "slug": "was-heisst-verstetigt",
        "question": "Was heißt es, wenn ein Quartiersmanagement „verstetigt“ wird?",
        "answer": """
<p>Ein Quartiersmanagement (QM) ist ein Förderprogramm für Kieze mit besonderem
Entwicklungsbedarf. Es ist von Anfang an auf Zeit angelegt. Wenn ein QM-Gebiet endet, soll das
Erreichte nicht verloren gehen: Netzwerke, Beteiligungsgremien und Projekte werden
„verstetigt“ – also dauerhaft weitergeführt, mit anderen Mitteln und anderen Beteiligten.</p>
<p>In Neukölln übernimmt das die Stadtteilkoordination. Es gibt sie in vier Bezirksregionen:</p>
<ul>
<li>Reuterstraße: Hier endete das QM Reuterplatz 2016.</li>
<li>Schillerpromenade: Hier endete das QM Schillerpromenade Ende 2020.</li>
<li>Neuköllner Mitte/Zentrum: Hier endete das QM Körnerpark Ende 2020.</li>
<li>Gropiusstadt Ost: Hier endete das QM Lipschitzallee/Gropiusstadt Ende 2020.</li>
</ul>""",
    },
    {
        "category": "raeume-und-programme",
        "slug": "was-ist-eine-bezirksregion",
        "question": "Was ist eine Bezirksregion?",
        "answer": """
<p>Berlin gliedert sich für Planung und Statistik in „Lebensweltlich orientierte Räume“ (LOR).
Ihre Grenzen folgen möglichst dem, was Menschen als zusammengehörig erleben, und orientieren
sich an großen Straßen, Bahntrassen und Grünflächen. Seit dem 1. Januar 2021 gilt eine neue
Einteilung mit drei Ebenen: Prognoseräume, Bezirksregionen und Planungsräume.</p>
<p>Neukölln hat 4 Prognoseräume, 12 Bezirksregionen und 46 Planungsräume. Die Bezirksregion ist
die mittlere Ebene: groß genug, um etwa Schulen, Kitas und Grünflächen zu planen, und klein
genug, um einen Kiez zu beschreiben.
<a href="/bezirksregionen/">Alle Bezirksregionen in Neukölln</a></p>""",
    },
    {
        "category": "raeume-und-programme",
        "slug": "was-ist-die-gemeinschaftsinitiative",
        "question": "Was ist die Gemeinschaftsinitiative (GI)?",
        "answer": """
<p>Die „Ressortübergreifende Gemeinschaftsinitiative zur Stärkung sozial benachteiligter
Quartiere“ (GI) ist ein Programm des Berliner Senats (Senatsbeschluss S-1658/2018 vom
30. Oktober 2018). Alle Senatsverwaltungen bündeln darin ihre Förderprogramme in benachteiligten
Gebieten, auf der Grundlage eines integrierten Handlungskonzepts je Handlungsraum.</p>
<p>Die Handlungsräume der GI sind größer als Bezirksregionen: Sie entsprechen Prognoseräumen.
Sie sind deshalb nicht dasselbe wie die vier Handlungsräume der Stadtteilkoordination.
<a href="/gemeinschaftsinitiative/">Die GI in Neukölln</a></p>""",
    },
    {
        "category": "raeume-und-programme",
        "slug": "woher-kommen-die-zahlen",
        "question": "Woher kommen die Karten und Zahlen auf dieser Website?",
        "answer": """
<p>Aus amtlichen offenen Daten: Grenzen und Schlüssel der LOR vom Geoportal Berlin,
Einwohnerzahlen vom Amt für Statistik Berlin-Brandenburg. Welche Daten mit welchem Stand und
unter welcher Lizenz wir verwenden, steht auf der Seite
<a href="/datenquellen/">Datenquellen</a>.</p>""",
    },
]

PAGES = [
    {
        "slug": "impressum",
        "title": "Impressum",
        "summary": "Wer diese Website herausgibt.",
        "is_draft": True,
        "body": """
<h2>Herausgeber</h2>
<p>Bezirksamt Neukölln von Berlin<br>Sozialraumorientierte Planungskoordination (OE SPK)<br>
Rathaus Neukölln, Karl-Marx-Straße 83, 12043 Berlin</p>
<p>Das Bezirksamt Neukölln ist eine Behörde des Landes Berlin. Das Land Berlin wird vertreten
durch das Bezirksamt Neukölln, dieses durch den Bezirksbürgermeister.</p>
<h2>Kontakt</h2>
<p>Telefon (Zentrale des Bezirksamts): 030 90239-0<br>
Behördennummer: 115 (Auskunft über alle Berliner Ämter)</p>
<h2>Daten und Karten</h2>
<p>Karten und Zahlen beruhen auf amtlichen offenen Daten. Quellen und Lizenzen nennt die Seite
<a href="/datenquellen/">Datenquellen</a>. Die Hintergrundkarte stammt von OpenStreetMap
(© OpenStreetMap-Mitwirkende, ODbL).</p>""",
        "open_points": """
Bestätigen: Vertretung „Land Berlin, vertreten durch das Bezirksamt Neukölln, dieses vertreten durch den Bezirksbürgermeister“ (Quelle: Datenschutzerklärung eines Projekts des Bezirksamts, 2025)
Bestätigen: Telefonzentrale 030 90239-0 (Quelle: Pressemitteilung des Bezirksamts vom 29.11.2022)
E-Mail-Adresse für das Impressum eintragen (die Adresse der Zentralen Poststelle ist nicht öffentlich zu finden)
Eintragen: Wer ist für den Inhalt verantwortlich?""",
    },
    {
        "slug": "datenschutz",
        "title": "Datenschutzerklärung",
        "summary": "Welche Daten beim Besuch dieser Website verarbeitet werden – "
        "auch beim Laden der Karte.",
        "is_draft": True,
        "body": """
<h2>Verantwortliche Stelle</h2>
<p>Land Berlin, vertreten durch das Bezirksamt Neukölln, Karl-Marx-Straße 83, 12043 Berlin.</p>
<p>Die behördliche Datenschutzbeauftragte oder den behördlichen Datenschutzbeauftragten des
Bezirksamts erreichen Sie per E-Mail: datenschutz@bezirksamt-neukoelln.de</p>
<h2>Besuch der Website</h2>
<p>Beim Aufruf einer Seite verarbeitet unser Server technisch notwendige Angaben: die
IP-Adresse, Datum und Uhrzeit, die aufgerufene Adresse, den Statuscode und die Angaben Ihres
Browsers (User-Agent). Sie dienen dem sicheren Betrieb. Was Sie in eine Suche eingeben, steht
nicht in diesen Protokollen.</p>
<p>Wir setzen für Besucherinnen und Besucher <strong>keine Cookies</strong> und binden keine
Inhalte anderer Anbieter ein, solange Sie nicht ausdrücklich zustimmen (siehe Karte). Schriften,
Skripte und Bilder liefern wir selbst aus. Nur wer sich als Redaktion anmeldet, erhält ein
Sitzungs-Cookie.</p>
<h2>Die Karte (OpenStreetMap)</h2>
<p>Die interaktive Karte lädt Kartenbilder („Kacheln“) von den Servern der OpenStreetMap
Foundation (OSMF), St John’s Innovation Centre, Cowley Road, Cambridge, CB4 0WS,
Großbritannien. Deshalb laden wir sie erst, wenn Sie auf „Karte einmal laden“ oder „Karte immer
laden“ klicken. Bis dahin sehen Sie eine Karte, die wir selbst erzeugen, und eine Liste.</p>
<p>Wenn Sie zustimmen, erhält der Kachelserver von Ihrem Browser: Ihre IP-Adresse, die Angaben
Ihres Browsers (User-Agent, Sprache), die Adressen der angeforderten Kacheln – und damit, welchen
Kartenausschnitt Sie ansehen – sowie als Herkunft nur den Namen unserer Website (nicht die
einzelne Seite). Wie die OSMF diese Daten verarbeitet, steht in ihrer
<a href="https://osmfoundation.org/wiki/Privacy_Policy">Datenschutzerklärung</a>.
Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 Buchst. a DSGVO).</p>
<p>„Karte einmal laden“ gilt nur für die gerade geöffnete Seite; wir speichern nichts.
„Karte immer laden“ speichert Ihre Wahl im Speicher Ihres Browsers (localStorage, Eintrag
„spk-karte-zustimmung“), nicht in einem Cookie; sie wird nicht an uns übertragen. Sie können
die Einwilligung jederzeit neben jeder Karte oder hier widerrufen.</p>
<h2>Wer hilft mir? – Suche und Standort</h2>
<p>Was Sie in die Suche eingeben (Straße, Hausnummer), verwenden wir nur für die Antwort. Wir
speichern es nicht. Wenn Sie „Meinen Standort verwenden“ wählen, fragt Ihr Browser um Erlaubnis;
die Koordinaten gehen nur an unseren Server, werden dort nur für die Antwort verwendet und nicht
gespeichert.</p>
<h2>Ihre Rechte</h2>
<p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung und
Widerspruch (Art. 15 bis 21 DSGVO) sowie auf Widerruf einer Einwilligung. Sie können sich bei
der Aufsichtsbehörde beschweren: Berliner Beauftragte für Datenschutz und
Informationsfreiheit, Alt-Moabit 59-61, 10555 Berlin, mailbox@datenschutz-berlin.de,
<a href="https://www.datenschutz-berlin.de">www.datenschutz-berlin.de</a>.</p>""",
        "open_points": """
Bestätigen: E-Mail der oder des Datenschutzbeauftragten datenschutz@bezirksamt-neukoelln.de (nur indirekt gefunden, auf einer Projektseite des Bezirksamts, 2025)
Bestätigen: Anschrift und E-Mail der Berliner Beauftragten für Datenschutz (nur aus Datenschutzerklärungen anderer Websites; mit datenschutz-berlin.de/kontakt abgleichen)
Eintragen: Wie lange werden die Server-Protokolle gespeichert?""",
    },
    {
        "slug": "barrierefreiheit",
        "title": "Erklärung zur Barrierefreiheit",
        "summary": "Wie barrierefrei diese Website ist und wie Sie uns Barrieren melden können.",
        "is_draft": True,
        "body": """
<p>Das Bezirksamt Neukölln will diese Website für alle Menschen gut nutzbar machen. Grundlage
ist das Barrierefreie-IKT-Gesetz Berlin (BIKTG Bln) mit den technischen Anforderungen der
BITV 2.0.</p>
<h2>Geltungsbereich</h2>
<p>Diese Erklärung gilt für die Website der Sozialraumorientierten Planungskoordination
Neukölln mit allen ihren Seiten.</p>
<h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
<p>Die Website ist nach unserer eigenen Prüfung weitgehend barrierefrei. Wir prüfen jede Seite
bei jeder Änderung automatisch auf Barrieren. Alle Seiten funktionieren ohne JavaScript, mit
der Tastatur und auf kleinen Bildschirmen.</p>
<h2>Nicht barrierefreie Inhalte</h2>
<ul>
<li><strong>Interaktive Karte:</strong> Die OpenStreetMap-Karte lässt sich nur eingeschränkt mit
Tastatur und Screenreader bedienen. Deshalb zeigt jede Seite auch eine beschriebene Karte und
eine Liste aller Bezirksregionen und Büros als Text.</li>
<li><strong>Berichte als PDF:</strong> Ältere Berichte sind möglicherweise nicht barrierefrei.
Auf Nachfrage bekommen Sie die Inhalte in einer zugänglichen Form.</li>
</ul>
<h2>Barrieren melden: Kontakt</h2>
<p>Sind Ihnen Barrieren aufgefallen? Schreiben Sie uns: Bezirksamt Neukölln, Sozialraumorientierte
Planungskoordination, Karl-Marx-Straße 83, 12043 Berlin. Oder rufen Sie an: 030 90239-0
(Zentrale des Bezirksamts). Wir antworten Ihnen innerhalb eines Monats.</p>
<h2>Durchsetzungsverfahren</h2>
<p>Bekommen Sie innerhalb eines Monats keine Antwort oder keine gute Antwort? Dann können Sie sich
an die Landesbeauftragte für digitale Barrierefreiheit wenden. Sie ist in Berlin die
Durchsetzungsstelle für öffentliche Stellen:
<a href="https://www.berlin.de/lb/digitale-barrierefreiheit/">Landesbeauftragte für digitale
Barrierefreiheit</a>.</p>""",
        "open_points": """
Eintragen: E-Mail-Adresse für Meldungen zu Barrieren (Pflichtangabe)
Eintragen: Datum, an dem diese Erklärung erstellt wurde
Eintragen: Prüfung durch eine unabhängige Stelle, falls es sie gibt
Bestätigen: Telefonzentrale 030 90239-0 (Quelle: Pressemitteilung des Bezirksamts vom 29.11.2022)
Bestätigen: Kontakt der Landesbeauftragten für digitale Barrierefreiheit (E-Mail und Anschrift nur aus veralteten Quellen; auf berlin.de/lb/digitale-barrierefreiheit nachsehen)""",
    },
    {
        "slug": "gemeinschaftsinitiative",
        "title": "Die Gemeinschaftsinitiative (GI) in Neukölln",
        "summary": "Ein Programm des Senats für Gebiete, die besondere Unterstützung brauchen.",
        "is_draft": True,
        "body": """
<p>Mit der „Ressortübergreifenden Gemeinschaftsinitiative zur Stärkung sozial benachteiligter
Quartiere“ – kurz GI – bündeln alle Berliner Senatsverwaltungen ihr Fördergeld in Gebieten, die
besondere Unterstützung brauchen. Beschlossen hat sie der Senat am 30. Oktober 2018
(S-1658/2018). Für jedes Gebiet gibt es ein gemeinsames Handlungskonzept; berlinweit sind es
zwölf Gebiete und der Bereich „Stadtrand Süd“.</p>
<h2>Die Gebiete in Neukölln</h2>
<p>In Neukölln gehören zwei Prognoseräume dazu. Ein Prognoseraum ist größer als eine
Bezirksregion: Neukölln hat vier davon.</p>
<ul>
<li>Prognoseraum Neukölln (Neukölln-Nord)</li>
<li>Prognoseraum Gropiusstadt</li>
</ul>
<h2>GI und Stadtteilkoordination</h2>
<p>Die GI ist ein Programm des Senats für große Gebiete. Die Stadtteilkoordination dagegen ist
ein Angebot des Bezirks in vier Bezirksregionen. Beide ergänzen sich, sind aber nicht
dasselbe.</p>""",
        "open_points": """
Bestätigen: Die beiden Prognoseräume Neukölln und Gropiusstadt als Gebiete der GI""",
    },
]

# Leichte Sprache (BITV 2.0 Anlage 2). The first four are the texts § 4 asks for.
# Written by us; not yet read by a test group (reviewed_by_test_group stays off).
EASY_LANGUAGE = [
    {
        "slug": "was-steht-hier",
        "title": "Was steht auf dieser Internet·seite?",
        "required": True,
        "body": """
<p>Diese Internet·seite ist vom Bezirks·amt Neukölln.</p>
<p>Das Bezirks·amt ist ein Amt in Berlin.</p>
<p>Es kümmert sich um den Bezirk Neukölln.</p>
<p>Auf dieser Internet·seite steht:</p>
<ul>
<li>Wer hilft Ihnen in Ihrem Kiez?</li>
<li>Was machen die Stadtteil·koordinationen?</li>
<li>Wie viele Menschen wohnen in Ihrem Kiez?</li>
<li>Eine Karte von Neukölln.</li>
</ul>
<p>Ein Kiez ist ein Teil von einem Bezirk.</p>
<p>Zum Beispiel: Der Schiller·kiez ist ein Teil von Neukölln.</p>""",
    },
    {
        "slug": "so-finden-sie-sich-zurecht",
        "title": "So finden Sie sich auf der Internet·seite zurecht",
        "required": True,
        "body": """
<p>Oben auf jeder Seite ist ein Menü.</p>
<p>Im Menü stehen alle Teile von der Internet·seite.</p>
<p>Auf dem Handy klicken Sie zuerst auf das Wort: Menü.</p>
<p>Dann sehen Sie alle Teile.</p>
<p>Ganz oben finden Sie auch diese Wörter:</p>
<ul>
<li>Leichte Sprache. Dort sind Sie gerade.</li>
<li>Gebärden·sprache. Dort gibt es Videos für gehörlose Menschen.</li>
<li>Andere Sprachen: Englisch, Türkisch und Arabisch.</li>
</ul>
<p>Ganz unten auf jeder Seite finden Sie wichtige Infos über die Internet·seite.</p>
<p>Zum Beispiel: Wer hat die Internet·seite gemacht?</p>""",
    },
    {
        "slug": "barrierefreiheit",
        "title": "Ist die Internet·seite barriere·frei?",
        "required": True,
        "body": """
<p>Barriere·frei heißt: Alle Menschen können die Internet·seite gut benutzen.</p>
<p>Auch Menschen mit Behinderung.</p>
<p>Wir prüfen die Internet·seite oft.</p>
<p>Die meisten Teile sind barriere·frei.</p>
<p>Diese Teile sind noch nicht ganz barriere·frei:</p>
<ul>
<li>Die bunte Karte von Open·Street·Map.<br>Darum gibt es die Karte auch als Liste.</li>
<li>Manche alten Berichte.<br>Die Berichte sind Dateien zum Herunter·laden.</li>
</ul>
<p>Haben Sie ein Problem mit der Internet·seite?</p>
<p>Dann schreiben Sie uns einen Brief:</p>
<p>Bezirks·amt Neukölln<br>Sozial·raum·orientierte Planungs·koordination<br>Karl-Marx-Straße 83<br>12043 Berlin</p>
<p>Oder rufen Sie an: 030 90239-0.</p>
<p>Wir antworten Ihnen in einem Monat.</p>""",
    },
    {
        "slug": "mehr-in-leichter-sprache",
        "title": "Wo gibt es noch mehr in Leichter Sprache und in Gebärden·sprache?",
        "required": True,
        "body": """
<p>Auf dieser Internet·seite:</p>
<ul>
<li>Alle Texte in Leichter Sprache stehen hier auf dieser Seite.</li>
<li>Videos in Gebärden·sprache finden Sie auf der Seite <a href="/gebaerdensprache/">Gebärden·sprache</a>.</li>
</ul>
<p>Auf anderen Internet·seiten:</p>
<ul>
<li>Die Stadtteil·koordination in der Gropius·stadt hat eine Seite in Leichter Sprache:<br><a href="https://www.stzneukoelln.de/stadtteilkoordination-in-der-gropiusstadt/leichte-sprache-gropiusstadt/">Stadtteil·koordination Gropius·stadt in Leichter Sprache</a></li>
<li>Das Land Berlin erklärt in Leichter Sprache, was barriere·frei im Internet heißt:<br><a href="https://www.berlin.de/lb/digitale-barrierefreiheit/leichte-sprache/die-landes-beauftragte-fuer-digitale-barriere-freiheit-1304843.de-plain.php">Die Landes·beauftragte für digitale Barriere·freiheit</a></li>
</ul>""",
    },
    {
        "slug": "planungskoordination",
        "title": "Was macht die Planungs·koordination im Bezirks·amt?",
        "body": """
<p>Die Planungs·koordination ist eine Gruppe im Bezirks·amt Neukölln.</p>
<p>Der lange Name ist: Sozial·raum·orientierte Planungs·koordination.</p>
<p>Die Planungs·koordination will: Alle Kieze in Neukölln sollen gut sein.</p>
<p>Alle Menschen in Neukölln sollen gute Chancen haben.</p>
<p>Das macht die Planungs·koordination:</p>
<ul>
<li>Sie bringt die Ämter zusammen.<br>Zum Beispiel: Ein Amt plant einen Spiel·platz. Ein anderes Amt plant eine Schule. Die Planungs·koordination sagt: Redet miteinander.</li>
<li>Sie spricht mit Vereinen und Gruppen im Kiez.</li>
<li>Sie sammelt Zahlen über die Kieze.<br>Zum Beispiel: Wie viele Kinder wohnen hier?</li>
</ul>""",
    },
    {
        "slug": "stadtteilkoordination",
        "title": "Was macht eine Stadtteil·koordination?",
        "body": """
<p>In 4 Kiezen in Neukölln gibt es eine Stadtteil·koordination.</p>
<p>Die Stadtteil·koordination hat ein Büro im Kiez.</p>
<p>Die Menschen dort kennen den Kiez gut.</p>
<p>Sie bringen Menschen im Kiez zusammen.</p>
<p>Zum Beispiel: Nachbarn, Vereine und Schulen.</p>
<p>Sie erzählen dem Bezirks·amt: Das brauchen die Menschen im Kiez.</p>
<p>Sie erzählen den Menschen im Kiez: Das plant das Bezirks·amt.</p>
<p>Sie haben auch Geld für kleine Ideen im Kiez.</p>
<p>Zum Beispiel für ein Nachbarschafts·fest.</p>""",
    },
    {
        "slug": "wer-hilft-mir",
        "title": "Wer hilft mir in meinem Kiez?",
        "body": """
<p>Sie wollen wissen: Wer hilft mir in meinem Kiez?</p>
<p>Dann gehen Sie auf die <a href="/">Start·seite</a>.</p>
<p>Schreiben Sie dort den Namen von Ihrer Straße in das Feld.</p>
<p>Schreiben Sie auch Ihre Haus·nummer in das Feld.</p>
<p>Zum Beispiel: Karl-Marx-Straße 83.</p>
<p>Dann klicken Sie auf den grünen Knopf.</p>
<p>Dann sehen Sie: Das ist Ihre Stadtteil·koordination.</p>
<p>Sie sehen auch die Telefon·nummer und die Adresse.</p>
<p>Sie wohnen nicht in einem Kiez mit Stadtteil·koordination?</p>
<p>Dann hilft Ihnen die Planungs·koordination im Bezirks·amt.</p>
<p>Die Planungs·koordination ist im Rathaus Neukölln.</p>
<p>Die Adresse ist: Karl-Marx-Straße 83, 12043 Berlin.</p>""",
    },
]
