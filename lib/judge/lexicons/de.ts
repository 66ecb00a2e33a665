import type { Lexicon } from './types';

/** German as written at work (Germany, Austria, Switzerland), chat and email. */
export const de: Lexicon = {
  language: 'de',
  ack: {
    acknowledgement: [
      'alles klar', 'alles klaro', 'klar', 'okay', 'ok', 'okidoki', 'passt', 'passt schon', 'geht klar', 'verstanden', 'verstehe', 'habe verstanden', 'hab verstanden',
      'gut zu wissen', 'notiert', 'ist notiert', 'vermerkt', 'zur kenntnis genommen', 'erhalten', 'angekommen', 'ist angekommen', 'gesehen', 'kein problem', 'kein ding',
      'keine ursache', 'gern geschehen', 'gerne', 'bitte', 'bitte sehr', 'bitteschön', 'nichts zu danken', 'alles gut', 'schon gut', 'in ordnung', 'geht in ordnung', 'jawohl',
      'roger', 'check', 'ah ok', 'ach so', 'achso', 'aha', 'na gut', 'gut',
    ],
    thanks: [
      'danke', 'danke schön', 'dankeschön', 'danke sehr', 'vielen dank', 'vielen lieben dank', 'vielen herzlichen dank', 'herzlichen dank', 'besten dank', 'tausend dank',
      'danke dir', 'danke euch', 'danke ihnen', 'merci', 'dankeee', 'thx', 'danke für die info', 'danke für die hilfe', 'danke für deine hilfe', 'danke für ihre hilfe',
      'danke für das feedback', 'danke fürs feedback', 'danke für die rückmeldung', 'danke für die schnelle rückmeldung', 'danke fürs bescheid geben', 'danke für den hinweis',
      'danke fürs teilen', 'danke für alles', 'ich danke dir', 'ich danke euch', 'vielen dank für die info', 'vielen dank für ihre hilfe', 'vielen dank vorab', 'dank dir',
      'lieben dank', 'mega danke', 'super danke', 'danke nochmal', 'nochmals danke', 'nochmals vielen dank',
    ],
    agreement: [
      'ja', 'jap', 'jep', 'jo', 'joa', 'genau', 'stimmt', 'richtig', 'absolut', 'auf jeden fall', 'definitiv', 'natürlich', 'selbstverständlich', 'sicher', 'klar doch',
      'einverstanden', 'bin einverstanden', 'sehe ich auch so', 'sehe ich genauso', 'seh ich auch so', 'finde ich gut', 'find ich gut', 'klingt gut', 'hört sich gut an',
      'gute idee', 'guter punkt', 'da hast du recht', 'da haben sie recht', 'ganz meine meinung', 'dito', 'ich auch', 'gleichfalls', 'ebenso', 'jawoll', 'ja klar',
      'ja genau', 'ja gerne', 'gerne doch', '+1', 'passt für mich', 'für mich passt das', 'abgemacht', 'deal', 'machen wir so', 'so machen wir das',
    ],
    approval: ['freigegeben', 'genehmigt', 'gebe frei', 'ich gebe frei', 'abgenommen', 'sieht gut aus', 'sieht gut aus für mich', 'lgtm', 'go', 'grünes licht', 'du kannst loslegen', 'leg los', 'mach ruhig', 'kannst mergen', 'von mir aus gerne', 'von meiner seite ok', 'von meiner seite passt das', 'ab dafür'],
    confirmation: ['erledigt', 'ist erledigt', 'fertig', 'bin fertig', 'gemacht', 'hab ich gemacht', 'verschickt', 'gesendet', 'bestätigt', 'ich bestätige', 'behoben', 'gefixt', 'deployed', 'gemergt', 'gebucht', 'eingetragen', 'aktualisiert', 'geklärt', 'bis gleich', 'bis später', 'bis morgen', 'bin dabei', 'ich bin dabei'],
    'on-it': ['bin dran', 'ich bin dran', 'mache ich', 'mach ich', 'wird gemacht', 'kümmere mich', 'ich kümmere mich', 'ich kümmere mich drum', 'ich schaue es mir an', 'ich schau mal', 'schau ich mir an', 'ich guck mal', 'guck ich mir an', 'ich prüfe das', 'prüfe ich', 'bin unterwegs', 'komme', 'ich komme', 'komme gleich', 'bin gleich da', 'moment', 'einen moment', 'sekunde', 'sec', 'in arbeit', 'läuft', 'ich melde mich', 'melde mich gleich'],
    congratulations: ['glückwunsch', 'herzlichen glückwunsch', 'gratuliere', 'gratulation', 'alles gute', 'alles gute zum geburtstag', 'happy birthday', 'frohes neues', 'frohes neues jahr', 'frohe weihnachten', 'schöne feiertage', 'willkommen', 'herzlich willkommen', 'willkommen im team', 'willkommen an bord', 'hochverdient', 'wohlverdient', 'juhu', 'hurra', 'yay'],
    praise: ['super', 'klasse', 'spitze', 'top', 'toll', 'prima', 'perfekt', 'mega', 'geil', 'stark', 'sehr gut', 'sehr schön', 'wunderbar', 'hervorragend', 'ausgezeichnet', 'großartig', 'gute arbeit', 'tolle arbeit', 'super arbeit', 'starke arbeit', 'saubere arbeit', 'gut gemacht', 'super gemacht', 'toll gemacht', 'bravo', 'respekt', 'chapeau', 'hammer', 'der hammer', 'wahnsinn', 'krass', 'nice', 'sauber', 'läuft bei dir', 'spitzenmäßig', ],
    laughter: ['haha', 'hahaha', 'hehe', 'lol', 'xd', 'lach', '*lach*', 'zu geil', 'köstlich', 'ich lach mich tot', 'ich kann nicht mehr'],
  },
  ackFillers: [
    'alle', 'allerseits', 'an alle', 'beste grüße', 'dir', 'euch', 'gruß', 'grüezi', 'grüße', 'guten morgen', 'guten tag', 'hallo',
    'hallo zusammen', 'hey', 'hi', 'hoi', 'ihnen', 'lg', 'liebe grüße', 'mfg', 'mit freundlichen grüßen', 'moin', 'moin moin', 'nochmal',
    'nochmals', 'sehr', 'servus', 'so', 'team', 'und', 'vg', 'viele grüße', 'wirklich', 'zusammen',
  ],
  ackBlockers: [
    'danke für nichts', 'ja klar doch', 'na prima', 'na super', 'na toll', 'super schon wieder', 'toll schon wieder',
  ],
  notNames: [
    'april', 'august', 'dezember', 'dienstag', 'donnerstag', 'februar', 'freitag', 'heute', 'januar', 'juli', 'juni', 'mai', 'mittwoch',
    'montag', 'morgen', 'märz', 'november', 'oktober', 'samstag', 'september', 'sonntag',
  ],
  honorifics: [],
  sensitive: [
    // performance
    { term: '{mitarbeitergespräch|jahresgespräch|leistungsbeurteilung|leistungsbewertung|zielvereinbarung verfehlt|minderleistung|low performer|leistungsprobleme|leistungsverbesserungsplan|abmahnung wegen|erwartungen nicht erfüllt|entspricht nicht den erwartungen|unter den erwartungen|seine leistung|ihre leistung|seine leistungen|ihre leistungen}', topic: 'performance', when: 'no-tech' },
    { term: '{leistung|leistungen|arbeitsleistung}', topic: 'performance', when: 'subject' },
    { term: '{schlecht|schwach|ungenügend|mangelhaft|unzureichend|enttäuschend|besorgniserregend|nicht ausreichend}', topic: 'performance', when: 'verdict' },
    // termination
    { term: '{kündigung|kündigungen|kündigen|gekündigt|freistellung|freigestellt}', topic: 'termination', when: 'person' },
    { term: '{entlassung|entlassungen|entlassen|rausschmeißen|rausgeschmissen|rauswerfen|stellenabbau|personalabbau|abfindung|aufhebungsvertrag|betriebsbedingte kündigung|massenentlassung|stellen streichen|stellen gestrichen|jobabbau|sozialplan|kündigungsfrist}', topic: 'termination' },
    // hiring
    { term: '{kandidat|kandidatin|kandidaten|bewerber|bewerberin|bewerbung|bewerbungen|vorstellungsgespräch|vorstellungsgespräche|interview}', topic: 'hiring', when: 'subject' },
    { term: '{absage|absagen|abgelehnt|ablehnen|einstellen|zusage|angebot|passt nicht|nicht geeignet|feedback|einschätzung|schwach|stark|überzeugt nicht|überzeugt}', topic: 'hiring', when: 'verdict' },
    { term: '{arbeitsvertrag anbieten|vertragsangebot|einstellungsentscheidung|gehaltsvorstellung|gehaltsvorstellungen|referenzen einholen|feedback zum interview|feedback zum vorstellungsgespräch}', topic: 'hiring' },
    // compensation
    { term: '{gehalt|gehälter|gehaltserhöhung|lohnerhöhung|lohn|vergütung|bonus|boni|prämie|gehaltsband|gehaltsgespräch|gehaltsverhandlung|gehaltskürzung|lohnkürzung|aktienoptionen|virtuelle anteile|vsop|gehaltsabrechnung|lohnabrechnung|jahresgehalt|tarifgruppe}', topic: 'compensation', when: 'no-tech' },
    { term: '{sein gehalt|ihr gehalt|mein gehalt|dein gehalt|eine gehaltserhöhung}', topic: 'compensation' },
    // reorg
    { term: '{umstrukturierung|reorganisation|restrukturierung|neuorganisation|fusion|übernahme durch|zusammenlegung|standortschließung|schließung des standorts|schließung des büros|büro schließen|produkt einstellen|einstellung des produkts|neues organigramm|neuausrichtung|kurswechsel|teams zusammenlegen|firmenübernahme|verkauf der firma}', topic: 'reorg', when: 'no-tech' },
    // health
    { term: '{krankmeldung|krankgeschrieben|krankschreibung|krank|krankheit|erkrankt|diagnose|krankenhaus|klinik|reha|krebs|chemo|depression|burnout|burn-out|angststörung|psychisch|psychische gesundheit|mentale gesundheit|schwanger|schwangerschaft|mutterschutz|elternzeit|fehlgeburt|verstorben|gestorben|todesfall|beerdigung|trauerfall|familiärer notfall|notfall in der familie|beileid|mein beileid|therapie|arzttermin|attest}', topic: 'health', when: 'no-tech' },
    // legal
    { term: 'beschwerde', topic: 'legal', when: 'person' },
    { term: '{belästigung|sexuelle belästigung|diskriminierung|diskriminiert|beschwerde eingereicht|interne untersuchung|disziplinarverfahren|abmahnung|verwarnung|klage|verklagen|anwalt|anwältin|arbeitsgericht|betriebsrat einschalten|mobbing|gemobbt|vergeltung|unangemessenes verhalten|unangemessene kommentare|whistleblower|compliance-verstoß}', topic: 'legal', when: 'no-tech' },
    // conflict
    { term: '{deine schuld|ihre schuld|wegen dir|du hast es kaputt gemacht|du hast das kaputt gemacht|du hast den build kaputt gemacht|schon wieder kaputt gemacht|du machst immer|warum machst du immer|du hörst nie zu|du liest nie|wie oft noch|wie oft soll ich|ich habe es dir schon gesagt|hab ich dir doch gesagt|ich hab dir schon gesagt|mir reicht es mit dir|ich hab die nase voll|nicht mein problem|nicht mein job|willst du mich verarschen|spinnst du|was denkst du dir|was hast du dir dabei gedacht}', topic: 'conflict' },
    { term: '{inkompetent|unfähig|nutzlos|faul|schlampig|lächerlich|inakzeptabel|unprofessionell|unverschämt|dreist}', topic: 'conflict', when: 'person' },
  ],
  neutral: [
    'branch mergen', 'branches zusammenführen', 'code review', 'code-review', 'health check', 'healthcheck', 'instanz beenden',
    'lock übernehmen', 'ordner umstrukturieren', 'performance der abfrage', 'prozess beenden', 'prozess killen', 'release candidate',
  ],
  personCues: [
    'bewerber', 'chef', 'chefin', 'er', 'ihm', 'ihn', 'jemand', 'jemandem', 'kandidat', 'kandidatin', 'kollege', 'kollegen', 'kollegin',
    'leute', 'mitarbeitende', 'mitarbeiter', 'mitarbeiterin', 'person', 'praktikant', 'praktikantin', 'sie', 'teamleiter', 'werkstudent',
  ],
  techCues: [
    'abfrage', 'api', 'branch', 'bug', 'build', 'cache', 'ci', 'cluster', 'code', 'container', 'datenbank', 'deployment', 'endpoint',
    'fehler', 'instanz', 'ordner', 'pipeline', 'pr', 'prozess', 'repo', 'schema', 'server', 'skript', 'spalte', 'system', 'tabelle', 'test',
    'tests', 'thread',
  ],
  reply: [
    { term: '{kannst du|könntest du|kannst du mal|könnten sie|können sie|würdest du|würden sie|magst du|kannst du bitte|könntest du bitte|wärst du so nett|wären sie so nett}', kind: 'request' },
    { term: '{ich brauche|wir brauchen|ich bräuchte} {dein|deine|deinen|ihre|ihren|von dir|von ihnen|eure|euren}', kind: 'request' },
    { term: '{bitte|bitte um|gib mir bescheid|gebt mir bescheid|geben sie mir bescheid|sag bescheid|sag mir bescheid|schick mir|schicken sie mir|melde dich|meldet euch|schau mal|schau dir|wirf einen blick|um rückmeldung|kurze rückmeldung|rückmeldung bis|gibt es neuigkeiten|gibt es ein update|wie ist der stand}', kind: 'request' },
    { term: '{was meinst du|was denkst du|wie siehst du das|was hältst du davon|was halten sie davon|deine meinung|ihre meinung|einwände|irgendwelche ideen}', kind: 'question' },
    { term: '{sollen wir|welche variante|welche option|du entscheidest|entscheide du|müssen wir entscheiden|wir müssen uns entscheiden}', kind: 'decision' },
    { term: '{oder}', kind: 'or' },
    { term: '{kannst du freigeben|bitte freigeben|deine freigabe|ihre freigabe|dein ok|ihr ok|dein go|kann ich mergen|darf ich mergen|kann ich deployen|ist es ok wenn|ist es okay wenn|passt es dir wenn|bist du einverstanden|bitte genehmigen}', kind: 'approval' },
    { term: '{hast du kurz zeit|hast du zeit|hast du 5 minuten|hast du fünf minuten|haben sie zeit|haben sie kurz zeit|bist du da|bist du frei|bist du verfügbar|sind sie verfügbar|können wir reden|können wir kurz reden|können wir telefonieren|kurzer call|kurz telefonieren|wann hast du zeit|wann passt es dir|passt dir|passt ihnen}', kind: 'availability' },
    { term: '{ich schau mal|ich schaue mal|ich melde mich|bitte beachten|bitte beachtet|bitte beachten sie|im anhang|anbei|zur info|zur kenntnis|fyi|falls du fragen hast|falls ihr fragen habt|bei fragen|melde dich gerne|meldet euch gerne|bitte schön|bitte sehr|gerne bitte|bitte gerne|keine ursache bitte}', kind: 'fyi' },
    { term: '{wer hätte das gedacht|rate mal|was kann schon schiefgehen|ist das nicht toll|ist das nicht super|wer weiß}', kind: 'rhetorical' },
    { term: '{keine antwort nötig|keine antwort erforderlich|kein handlungsbedarf|muss nicht beantwortet werden|bitte nicht antworten}', kind: 'no-reply' },
  ],
  urgency: [
    { term: '{dringend|eilig|eilt|asap|sofort|umgehend|so schnell wie möglich|schnellstmöglich|schnellstens|unverzüglich|höchste priorität|priorität eins}', strength: 'strong' },
    { term: '{heute|heute noch|bis heute|bis heute abend|heute abend|bis feierabend|vor feierabend|bis dienstschluss|bis mittag|heute vormittag|heute nachmittag|in der nächsten stunde|jetzt|gleich}', strength: 'weak' },
    { term: '{nicht dringend|keine eile|eilt nicht|kein stress|wann immer du zeit hast|wenn du zeit hast|wenn du dazu kommst|ganz entspannt|ohne eile|hat zeit}', strength: 'not' },
  ],
  stopwords: [
    'auch', 'auf', 'bitte', 'danke', 'das', 'dem', 'den', 'der', 'die', 'ein', 'eine', 'für', 'habe', 'haben', 'hallo', 'heute', 'ich',
    'ist', 'kannst', 'kein', 'mal', 'mit', 'nicht', 'noch', 'schon', 'sie', 'und', 'wir', 'wird', 'zu',
  ],
  callSuggestion: 'Vielleicht lässt sich das in einem kurzen Gespräch leichter klären. Hast du 15 Minuten für einen Call?',
  linkLabel: 'Link:',
};
