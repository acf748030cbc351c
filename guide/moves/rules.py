"""The forms that decide a move, per language: patterns over a turn's standard words.

Each rule is (move, form, pattern). The pattern matches the standard words of one sentence joined by
single spaces; the words it covers are quoted in the reason. `form` names the reason (strings: moves.form.*).
"""

from __future__ import annotations

import re

FEELINGS_NL = (
    "boos kwaad bang angstig ongerust bezorgd beu moe op uitgeput verdrietig triest droevig alleen eenzaam "
    "beschaamd schaamt schaam gefrustreerd frustrerend teleurgesteld ontgoocheld machteloos hopeloos onzeker "
    "gestresseerd gestrest opgelucht blij trots gekwetst verward overdonderd overweldigd radeloos wanhopig "
    "zwaar moeilijk lastig kapot leeg schuldig onrechtvaardig vernederd genegeerd gespannen nerveus "
    "zenuwachtig onbegrepen verloren geraakt jaloers pijnlijk verdriet angst stress zorgen woedend razend "
    "onzeker bezorgdheid kwetsbaar uitgeblust opgebrand ontmoedigd tegen teleurstelling ongemakkelijk "
    "onrecht vast klem ten einde raad eng spannend zat genoeg afgewezen verraden beschuldigd"
).split()
FEELINGS_EN = (
    "angry mad scared afraid anxious worried tired exhausted sad lonely alone ashamed embarrassed frustrated "
    "disappointed powerless hopeless unsure insecure stressed relieved glad proud hurt confused overwhelmed "
    "desperate heavy hard difficult tough guilty unfair humiliated ignored tense nervous misunderstood lost "
    "jealous painful grief fear stress upset furious fed helpless stuck trapped drained done rejected "
    "betrayed blamed torn uneasy uncomfortable down low miserable scary worry worries pressure"
).split()

PRONOUNS_NL = {"je", "jij", "jullie", "hij", "zij", "ze", "het", "er", "dat", "die", "dit", "u", "we", "wij",
               "ik", "men", "jouw", "de", "uw", "iemand", "iets", "hem", "haar", "hun"}
FINITE_NL = set((
    "heb heeft had hadden ben bent is was waren zijn wil wilt wou wilde kan kun kunt kon zou zouden zal zult "
    "mag mocht moet moest ga gaat ging doe doet deed weet wist vind vond voel voelde denk dacht hoor zie "
    "snap begrijp krijg kreeg woon woont werk werkt betaal betaalt slaap slaapt eet drink rook gebruik "
    "hebben heeft sta staat staan lukt lukte helpt hielp kent ken komt kom kwam speelt speel zit zat "
    "blijft blijf gebeurt gebeurde durf durft spreek spreekt praat krijgt valt klopt bestaat neemt neem "
    "kijk kijkt lees leest gaan doen heet belt bel ontvang ontvangt zoek zoekt hoopt hoop herken zitten "
    "komen werken wonen krijgen weten willen kunnen mogen moeten betalen spreken zijde hedde interesseert "
    "past helpt gaat beseft snapt begrijpt weet kent heeft zorgt"
).split())
IMPERATIVE_NL = set((
    "bel vraag ga doe neem zoek maak open schrijf betaal stop regel praat zeg stuur leg spreek pak lees "
    "vul meld gooi laat begin hou houd blijf wees let zet dien probeer kom geef spaar verkoop koop verhuis "
    "check contacteer vergeet onthoud luister ruim teken print mail app sms wacht rust slaap eet sport "
    "negeer antwoord accepteer aanvaard schakel tel haal volg"
).split())
FILLERS_NL = {"en", "dus", "maar", "ok", "allee", "ja", "nee", "goh", "tja", "oh", "ah", "hmm", "hm",
              "awel", "euh", "eh", "oei", "amai", "dan", "nu", "mja", "jaja", "oke", "goed"}

ACTIONS_NL = "|".join((
    "bellen vragen gaan doen aanvragen proberen zoeken maken schrijven betalen regelen zeggen praten sturen "
    "melden contacteren opnemen openen langsgaan inschrijven nemen afbetalen verhuizen mailen stoppen "
    "beginnen laten uitleggen tonen afspreken spreken kijken lezen invullen indienen aanpakken"
).split())
FEEL_NL = "(?:" + "|".join(FEELINGS_NL) + ")"
FEEL_EN = "(?:" + "|".join(FEELINGS_EN) + ")"
YOU_NL = r"(?:je|jij|jullie)"
YOU_EN = r"(?:you)"

STRENGTHS_NL = "|".join((
    "moedig moed sterk sterke knap straf mooi verstandig waardevol respect loyaal loyaliteit doorzetting "
    "doorzetter doorzettingsvermogen zorgzaam zorgzame krachtig dapper bewonderenswaardig indrukwekkend "
    "flink "
    "veerkracht veerkrachtig inzet volharding betrokken verantwoordelijk eerlijk wijs slim proper toegewijd "
    "trouw vechter trots"
).split()) + r"|niet niks|een begin|goed gedaan|goed bezig|respect waard|zorg voor|" \
    r"een goede (?:moeder|vader|mama|papa)" \
    r"|al een (?:grote|hele|belangrijke|moedige|eerste) stap|niet evident"
INSTITUTIONS_NL = (
    r"ocmw|clb|vdab|school|scholen|verhuurder|huisbaas|eigenaar|gemeente|stad|dienst|diensten|mutualiteit|"
    r"ziekenfonds|rechtbank|arbeidsrechtbank|vrederechter|caw|woninginspectie|huis van het kind|davo|"
    r"pensioendienst|bibliotheek|bibliotheken|wet|regel|regels|rva|fod|politie|advocaat|bank|werkgever|"
    r"huisarts|dokter|ziekenhuis|spoed|leverancier|netbeheerder|energieleverancier|sociaal huis|jeugdhulp|"
    r"kinderopvang|crèche|creche|vakbond|hulpkas|kas|ziekenkas|zelfmoordlijn|lijn|app|website|"
    r"wijkgezondheidscentrum|\w+dienst|\w+centrum|\w+fonds|\w+commissie|\w+bond|\w+pas"
)

NL: list[tuple[str, str, str]] = [
    # reassure: cheering up before the feeling is heard
    ("reassure", "cheer", r"(?:komt|gaat|zal) (?:het )?(?:wel|zeker|allemaal|echt|vast)(?: \w+)? "
                          r"(?:goed|in orde|lukken|beter|meevallen|goedkomen|loslopen)"),
    ("reassure", "cheer", r"komt (?:wel |allemaal |zeker |echt |altijd )*goed"),
    ("reassure", "cheer", r"maak je (?:maar |dan |nu )?(?:geen|niet) (?:zorgen|druk)"),
    ("reassure", "cheer", r"geen (?:zorgen|stress|paniek)"),
    ("reassure", "cheer", r"(?:wees|ben|zijt) (?:maar |toch )?niet (?:ongerust|bang|bezorgd|zo)"),
    ("reassure", "cheer", r"(?:kop op|rustig maar|no stress|niet piekeren|niet panikeren|komaan)"),
    ("reassure", "cheer", rf"{YOU_NL} (?:moet|hoeft|moet je|hoeft je) (?:je )?(?:daar |er |echt |toch |"
                          r"niet )*(?:geen|niet) (?:zorgen|bang|ongerust|schamen|druk)"),
    ("reassure", "cheer", r"(?:pieker|denk) er (?:maar |nu )?niet (?:te veel |meer |zo veel )?(?:over|aan)"),
    ("reassure", "cheer", r"zie het (?:positief|van de positieve kant|zonnig|niet zo zwart)"),
    ("reassure", "minimise", r"(?:valt|viel|zal) (?:\w+ ){0,3}mee(?:vallen)?"),
    ("reassure", "minimise", r"(?:is|was|is het|is dat) (?:toch |echt |nu |allemaal )*(?:niet|niet zo) "
                             r"(?:zo )?(?:erg|ernstig|dramatisch|slecht|belangrijk)"),
    ("reassure", "minimise", r"zo erg is (?:dat|het) (?:toch |ook )?niet"),
    ("reassure", "minimise", r"iedereen (?:heeft|doet|kent|maakt|voelt|zit|heeft dat|meemaakt|overkomt|"
                             r"maakt dat|heeft wel)"),
    ("reassure", "minimise", r"(?:dat|het) (?:overkomt|gebeurt (?:bij|met)) (?:iedereen|zoveel mensen)"),
    ("reassure", "minimise", r"(?:niks|niets) (?:aan de hand|ergs|om je zorgen over te maken)"),
    ("reassure", "minimise", r"(?:had|kon|kan) (?:\w+ )?(?:nog |veel )?erger"),
    ("reassure", "minimise", r"er zijn (?:ergere|erger|ergeren)"),
    ("reassure", "minimise", r"(?:niet het einde van de wereld|geen ramp|geen drama|(?:heeft|doet|kent|"
                             r"had) iedereen|"
                             r"er gebeurt (?:toch |echt |heus |wel )*(?:niks|niets)|je ziet spoken|"
                             r"(?:is|zijn) (?:maar|slechts) (?:voor )?(?:even|een fase|tijdelijk)|"
                             r"wees (?:maar |toch )?(?:blij|content) (?:dat|met))"),
    ("reassure", "minimise", r"(?:het|dat) is (?:maar|gewoon|alleen maar) "
                             r"(?:een|even|tijdelijk|geld|papier)"),
    ("reassure", "minimise", r"(?:ach|allee) (?:\w+ ){0,4}(?:iedereen|wel|mee|normaal)"),
    ("reassure", "cheer", r"(?:dat|het) (?:lost|regelt) zich (?:wel |vanzelf )"),
    ("reassure", "cheer", rf"{YOU_NL} (?:zult|zal|gaat|gaan|vindt|vind|komt|krijgt) (?:\w+ ){{0,3}}(?:wel|"
                          r"zeker|snel|vast|vanzelf|gauw)\b"),
    ("reassure", "cheer", r"(?:wel|zeker|vast|vanzelf|snel|gauw) (?:\w+ )?(?:goed|mee|over|voorbij|beteren|"
                          r"lukken|terug|opgelost|in orde|aan)\b"),
    ("reassure", "cheer", r"(?:gaat|komt|zal|lukt) (?:\w+ )?(?:wel|vanzelf)$"),
    ("reassure", "minimise", r"(?:het|dat|dit) (?:is|zal|zijn) (?:(?!niet )\w+ )?(?:wel |toch |vast |maar )*"
                             r"(?:niks|niets|een fase|normaal|overdreven|gezond|goed)\b"),
    ("reassure", "minimise", r"(?:gebeurt|komt|overkomt) (?:\w+ )?(?:zo |heel |wel )?(?:vaak|veel|iedereen)"),
    ("reassure", "minimise", r"(?:de meeste(?:n)?|zo veel mensen|zoveel mensen|veel mensen|er al veel|"
                             r"iedereen maakt|niemand zal|duurt nooit lang|nooit lang|zo voorbij|"
                             r"niet zo streng|"
                             r"niet dood van|niet zo moeilijk|zo moeilijk is|bijna kamperen|kan ook|"
                             r"meent het (?:vast |wel )?niet|bedoelen het (?:\w+ )?niet slecht|"
                             r"(?:\w+ )?is (?:super|heel) gezellig|perfecte)"),
    ("reassure", "cheer", r"(?:het|dat|alles) (?:komt|kom) (?:wel )?(?:goed|in orde)"),
    # confront: blame, judging, arguing
    ("advice", "advice-question", r"waarom (?:\w+ ){0,2}(?:je|jij) (?:\w+ ){0,4}niet (?:gewoon|eens|eerst|"
                                  r"even|gwn)"),
    ("advice", "advice-question", r"waarom (?:probeer|bel|vraag|ga|doe) (?:je|jij) (?:\w+ ){0,3}niet"),
    ("confront", "judge", r"(?:dat|da|het) (?:weet|weten|snapt) (?:\w+ )?(?:toch|iedereen)"),
    ("confront", "judge", r"(?:uit de lucht gevallen|zien aankomen|vragen om problemen|plukt "
                          r"(?:\w+ )?de vruchten|"
                          r"kop in het zand|laat ons eerlijk zijn|hoe laag kan|een keer te veel|"
                          r"twee kanten aan|"
                          r"wat had (?:je|jij) (?:dan |nu )?verwacht|en dan (?:nog )?(?:verschieten|klagen|"
                          r"verbaasd)|"
                          r"te (?:veel vrijheid|weinig grenzen|weinig discipline|weinig regels|"
                          r"weinig moeite)|(?:om te|dat je) (?:klagen|zeuren|zagen))"),
    ("confront", "judge", r"(?:daar|er) vraag(?:t|en)? (?:je |jij )?(?:toch |zelf |precies |gewoon |"
                          r"echt )*om\b|"
                          r"vraag(?:t|en)? (?:je |jij )?(?:er|daar)(?: toch| zelf| precies| gewoon|"
                          r" echt)* om\b"),
    ("confront", "judge", r"(?:ligt|lag) (?:het|dat) (?:toch |ook |misschien |een beetje |wel )+aan (?:je|"
                          r"jou|jezelf)"),
    ("confront", "judge", r"moet (?:je|jij) (?:je|jezelf) (?:misschien |eens |toch |ook )*afvragen"),
    ("confront", "judge", r"dan (?:moet|moest|had|moeten) (?:je |jij |jullie )?maar\b"),
    ("confront", "judge", r"(?:heeft|hebben) (?:\w+ ){0,2}(?:wel|toch|misschien) (?:wel )?gelijk"),
    ("confront", "judge", r"(?:je|jij) (?:moet|moeten) ook (?:niet |een beetje |wel |maar )?(?:overdrijven|"
                          r"willen|dankbaar|realistisch|eerlijk)"),
    ("confront", "judge", r"(?:is|was) (?:toch |ook |gewoon |natuurlijk )*(?:een keuze|"
                          r"je eigen verantwoordelijkheid|"
                          r"je verantwoordelijkheid|niet realistisch|onverstandig|je eigen keuze|"
                          r"zelf gezocht)"),
    ("confront", "judge", r"(?:zelf gezocht|jezelf (?:\w+ ){0,3}aangedaan|slecht opgevoed|regels zijn regels|"
                          r"uitgestoken|uitgespookt|lokt (?:\w+ ){0,6}uit|je verantwoordelijkheid nemen|"
                          r"eigen verantwoordelijkheid|heeft het zelf|hebt het zelf|had het zelf|verdiend|"
                          r"niet slim|onverstandig|eigen keuze|had je|hadden ze|was er ook)"),
    ("confront", "judge", rf"(?:moet|moeten) {YOU_NL} (?:\w+ ){{0,2}}toch\b"),
    ("confront", "judge", rf"{YOU_NL} (?:moet|moeten|zou|zoudt) (?:\w+ ){{0,3}}(?:toch|wel) (?:\w+ ){{0,5}}"
                          r"(?:beseffen|weten|snappen|begrijpen|kunnen|verantwoordelijkheid)"),
    ("confront", "judge", rf"als {YOU_NL} (?:\w+ ){{1,6}}(?:had|was|hadt|waart|gedaan had)\b"),
    ("confront", "blame-why", r"waarom (?:heb|had|ben|bent|was|deed|zei|kwam|ging|liet|betaalde|dacht|heeft|"
                              r"hebben|"
                              r"zijn|hadden|waren|deden|moest|wou|kon) (?:je|jij|jullie|dat|het|ze|hij|u)\b"),
    ("confront", "blame-why", r"waarom (?:doe|ben|kan|kun|wil|zou|blijf|laat|moet) (?:je|jij|jullie) "
                              r"(?:\w+ ){0,4}(?:niet|nooit|zo|dan|toch|altijd)"),
    ("confront", "blame-why", r"waarom (?:in godsnaam|nu weer|toch|dan toch|niet eerder)"),
    ("confront", "blame-why", r"waarom (?:\w+ ){1,4}(?:nu pas|pas nu|nu nog maar|zo laat)\b"),
    ("confront", "blame-why", r"waarom (?:heb|hebt|ben|bent|had|was) (?:je|jij|jullie) (?:\w+ ){0,4}niet\b"),
    ("confront", "judge", rf"(?:had|moest) {YOU_NL} (?:\w+ ){{0,3}}(?:beter|moeten|toch|eerder|geweten|"
                          r"gedaan)"),
    ("confront", "judge", rf"{YOU_NL} (?:had|hadt|hadden) (?:\w+ ){{0,6}}(?:moeten|kunnen|geweten|beter)"),
    ("confront", "judge", rf"hoe (?:heb|hebt|kon|kan|kunt|kun) {YOU_NL} (?:\w+ ){{0,4}}(?:kunnen|laten|doen|"
                          r"vergeten)"),
    ("confront", "judge", rf"(?:dat|dit|het) (?:mag|mogen|kan|kun) {YOU_NL} (?:echt |toch |gewoon )*niet"),
    ("confront", "judge", rf"{YOU_NL} (?:weet|wist) toch"),
    ("confront", "judge", r"(?:niet normaal|hoort niet|hoort zo niet|doe je niet|zoiets doe je|had ik nooit|"
                          r"zou (?:dat|da) nooit|geen moeite|te weinig moeite|probeert het niet eens|"
                          r"wat verwacht je|"
                          r"wat had je (?:dan )?gedacht|niet klagen|niet zeuren|niet zagen|stel je niet aan|"
                          r"aanstellen|"
                          r"aanstellerij|dramatisch|niemand (?:heeft je |je )?(?:verplicht|gedwongen)|"
                          r"je probleem|"
                          r"ver laten komen|iedereen moet|moet iedereen|wil gewoon niet|gewoon lui|"
                          r"gewoon koppig|"
                          r"gemakkelijkheid|gemakzucht|verwend|onbeleefd|niet beleefd|je schuld|jouw schuld|"
                          r"(?:had|hadden|had je) (?:\w+ ){0,4}moeten)"),
    ("confront", "judge", rf"{YOU_NL} (?:moet|moest|had|zou) (?:maar|toch|ook|gewoon) (?:\w+ ){{0,4}}"
                          r"(?:weten|beseffen|nadenken|opletten|luisteren|doen|nemen|denken)"),
    ("confront", "judge", r"(?:wreekt zich|merk je nu|zie je nu|heb je ervan|krijg je ervan|laten komen|"
                          r"slecht (?:\w+ )?(?:onderhandeld|geregeld|aangepakt|gekozen)|te weinig structuur|"
                          r"geen echte|zwartrijden|zelf (?:laten|gedaan))"),
    ("confront", "judge", r"met (?:wat |een beetje )?(?:meer|beter|minder) (?:\w+ ){0,3}(?:was|waren|kon|"
                          r"konden|had|hadden|zou|zouden)"),
    ("confront", "judge", rf"zo (?:kom|geraak|raak) {YOU_NL} (?:er |d'r )?(?:nooit|niet|nergens)"),
    ("confront", "judge", r"(?:eigen schuld|zelf schuld|je eigen fout|jouw schuld|jouw fout|"
                          r"je eigen schuld)"),
    ("confront", "judge", rf"{YOU_NL} (?:bent|zijn|was) (?:toch |echt |wel |ook |gewoon |nu |zelf |"
                          r"een beetje |"
                          r"zo |veel te )*(?:lui|onverantwoordelijk|naief|dom|egoistisch|koppig|schuld|zwak|"
                          r"onnozel|kinderachtig|onredelijk|ondankbaar|te laat|zelf|de oorzaak|verkeerd)"),
    ("confront", "judge", r"(?:dat|dit|het) (?:is|was) (?:toch |echt |wel |nu |ook |gewoon |heel |zeer )*"
                          r"(?:niet slim|"
                          r"dom|onverantwoordelijk|onverantwoord|niet normaal|belachelijk|onzin|geen excuus|"
                          r"niet ok|niet oke|niet correct|stom|onnozel|jouw probleem|je eigen probleem|fout|"
                          r"niet verstandig|een slechte keuze|niet de bedoeling|not done|ongehoord|naief|"
                          r"fraude|stelen|diefstal|egoistisch|kinderachtig|laf|geweld|opvoeding)"),
    ("confront", "judge", rf"{YOU_NL} (?:overdrijft|overdrijf|zeurt|klaagt|zaagt|liegt)"),
    ("confront", "judge", rf"{YOU_NL} (?:moet|moeten) (?:\w+ ){{0,2}}(?:ophouden|stoppen) met (?:klagen|"
                          r"zeuren|zagen|liegen|excuses|smoesjes|uitvluchten)"),
    ("confront", "judge", r"(?:dat|het) kan (?:toch |echt |zo |gewoon )*niet (?:meer |langer )?(?:zo|dat|$)"),
    ("confront", "judge", rf"hoe (?:kon|kan|kunt|kun) {YOU_NL} (?:dat|nu|zo|zoiets|dan)"),
    ("confront", "judge", rf"wat (?:dacht|dachten|denk) {YOU_NL} (?:nu |toen |eigenlijk )*(?:zelf )?(?:wel|"
                          r"nu|toen|eigenlijk)"),
    ("confront", "judge", r"(?:altijd hetzelfde|altijd hetzelfde liedje|typisch|schaam je|smoesjes|smoes|"
                          r"uitvluchten|excuses zoeken|zoek geen excuses|onverantwoord)"),
    ("confront", "judge", rf"{YOU_NL} (?:weet|wist) (?:toch |heel )*(?:goed|ook|wel) (?:dat|dat je|hoe)"),
    ("confront", "judge", rf"{YOU_NL} (?:doet|deed|doen) (?:het|dat|dit|alles|altijd) (?:\w+ ){{0,2}}(?:fout|"
                          r"verkeerd)"),
    ("confront", "judge", rf"{YOU_NL} (?:luistert|luisterde|leert|leerde) (?:ook |echt |gewoon )*(?:nooit|"
                          r"niet)"),
    ("confront", "judge", rf"{YOU_NL} (?:zoekt|maakt) (?:altijd |weer |toch )*"
                          r"(?:excuses|smoesjes|problemen)"),
    ("confront", "judge", rf"(?:dat|dit) (?:heb|hebt) {YOU_NL} (?:toch |echt |wel |gewoon )*zelf"),
    ("confront", "judge", rf"{YOU_NL} (?:had|heb|hebt) (?:dat|het) (?:zelf|toch) (?:\w+ ){{0,3}}(?:gezocht|"
                          r"gedaan|veroorzaakt|kunnen)"),
    # advice: telling what to do
    ("advice", "advice-question", rf"(?:zou|zoudt|kan|kun|kunt) {YOU_NL} (?:\w+ ){{0,3}}(?:niet )?(?:beter|"
                                  r"best|gewoon|eens niet)"),
    ("advice", "advice-question", rf"^\w+ {YOU_NL} (?:\w+ ){{0,2}}(?:niet|ni) (?:beter|best|gewoon|eens|"
                                  r"eerst)"),
    ("advice", "advice-question", rf"(?:heb|hebt|had) {YOU_NL} (?:er |d'r )?(?:al |ooit |eens |nog )*"
                                  r"(?:aan )?gedacht (?:om|aan|te)"),
    ("advice", "advice-question", r"(?:is het|zou het) (?:niet )?(?:beter|slimmer|verstandiger|een idee) "
                                  r"(?:om|als|dat)"),
    ("advice", "advice-question", rf"(?:moet|moeten) {YOU_NL} (?:niet )?(?:eens |gewoon |toch |eerst |"
                                  r"dringend |best |echt |wel |maar )+"),
    ("advice", "advice-question", rf"wat (?:als|dacht je ervan|denk je ervan) (?:als |om )?(?:{YOU_NL} |we )?"
                                  r"(?:\w+ ){0,4}(?:gewoon|eens|eerst|zou|zouden)"),
    ("advice", "must", rf"{YOU_NL} (?:moet|moeten|moete) "),
    ("advice", "must", rf"{YOU_NL} (?:moet|moeten)$"),
    ("advice", "better", r"best (?:dat|om|is dat|is om|eerst|van al|even|gewoon|nog)"),
    ("advice", "better", r"(?:het )?beste (?:is|wat je kan doen|zou zijn|lijkt me)"),
    ("advice", "better", rf"{YOU_NL} (?:zou|zoudt|kan|kunt|kun|zal) (?:\w+ ){{0,2}}(?:beter|best|het best|"
                         r"eens|gewoon|toch|maar|misschien|moeten|eerst|dringend)"),
    ("advice", "better", r"(?:het is|het lijkt me|lijkt me) (?:\w+ ){0,2}(?:beter|verstandig|slim|nodig|goed|"
                         r"belangrijk|aangewezen|tijd) (?:dat|om|als)"),
    ("advice", "better", r"als ik (?:jou|jij|u) (?:was|ben|zou zijn|zijn)"),
    ("advice", "better", r"ik zou (?:\w+ ){0,4}(?!vinden|hebben|zijn|weten|denken|voelen|doen)\w+en$"),
    ("advice", "better", r"ik zou (?:\w+ ){0,4}(?:bellen|gaan|doen|vragen|maken|proberen|zoeken|nemen|"
                         r"aanvragen|"
                         r"opnemen|openen|stoppen|betalen|regelen|zeggen|praten|sturen|laten|beginnen|"
                         r"schrijven|contacteren|melden|verhuizen|afbetalen|aanpakken|kiezen)"),
    ("advice", "better", r"ik (?:raad|adviseer|stel voor|zou voorstellen|zou aanraden) (?:je|jou|u|het je|"
                         r"dat|om)?"),
    ("advice", "better", r"mijn (?:advies|raad|tip|voorstel) (?:is|zou|:)?"),
    ("advice", "better", r"(?:probeer|probeert) (?:het |eens |gewoon |dan |toch |maar |om |te )*"),
    ("advice", "better", r"gewoon (?:\w+ )?(?:doen|bellen|zeggen|gaan|vragen|betalen|openen|stoppen|proberen|"
                         r"negeren|laten|aanvragen|melden|opnemen)"),
    ("advice", "better", rf"^{YOU_NL} (?:kan|kunt|kun|zou|zoudt) (?:\w+ ){{0,4}}(?:{ACTIONS_NL})\b"),
    ("advice", "better", r"(?:zorg|zorgt) (?:ervoor|er voor|gewoon|maar|wel) (?:dat|om)?"),
    ("advice", "better", rf"{YOU_NL} (?:hoeft|moet) (?:alleen maar|enkel maar|gewoon|enkel|alleen)"),
    ("advice", "better", rf"dan (?:moet|moeten|kan|kun) {YOU_NL} (?:\w+ ){{0,3}}(?:maar|gewoon|best|beter|"
                         r"eens)"),
    ("advice", "rescue", r"(?:ik (?:regel|doe|fix|bel|schrijf|betaal|los) (?:dat|het|die|dit|alles) "
                         r"(?:\w+ ){0,2}(?:wel|even|zelf|voor (?:je|jou|jij))|laat (?:dat|het|dit) "
                         r"(?:maar )?aan mij over|laat mij (?:dat|het) (?:maar )?(?:doen|regelen))"),
    # autonomy and permission
    ("autonomy_permission", "room", r"(?:neem|neemt) (?:\w+ ){0,2}(?:je|jouw|uw|de|al de|alle) tijd"),
    ("autonomy_permission", "choice", rf"(?:kies|kiest|beslis|beslist|bepaal|bepaalt|zeg|zegt) {YOU_NL} "
                                      r"(?:maar|zelf|gerust|het maar)\b"),
    ("autonomy_permission", "choice", rf"{YOU_NL} (?:beslist|beslis|bepaalt|bepaal|kiest|kies|mag (?:dat )?"
                                      r"(?:zelf )?(?:kiezen|beslissen|weten)|kan (?:dat )?zelf)"),
    ("autonomy_permission", "choice", r"(?:het is|dat is|de keuze is|het blijft) (?:helemaal |echt |"
                                      r"volledig )*"
                                      r"(?:aan jou|jouw keuze|jouw beslissing|aan jezelf|aan je|uw keuze)"),
    ("autonomy_permission", "choice", r"(?:aan jou|jouw keuze|jouw beslissing|uw keuze|jouw tempo|"
                                      r"je eigen tempo)"),
    ("autonomy_permission", "choice", rf"als {YOU_NL} (?:\w+ ){{0,3}}(?:wil|wilt|wenst|zin hebt|zin in hebt|"
                                      r"ziet zitten|oke vindt|ok vindt|goed vindt|wil natuurlijk)"),
    ("autonomy_permission", "choice", r"(?:zelf|jezelf) (?:kiezen|beslissen|bepalen|weten|uitmaken)"),
    ("autonomy_permission", "together", r"samen (?:\w+ ){0,3}(?:bekijken|zoeken|kijken|nadenken|uitzoeken|"
                                        r"doen|"
                                        r"aanpakken|op zoek|bespreken|beslissen|plannen|uitwerken|stappen)"),
    ("autonomy_permission", "together", rf"(?:waar|waarmee|waarover|met wat) (?:wil|wilt|zou) {YOU_NL} "
                                        r"(?:\w+ ){0,3}(?:beginnen|starten|het eerst)"),
    ("autonomy_permission", "together", rf"wat (?:wil|wilt|wenst) {YOU_NL} (?:\w+ ){{0,3}}(?:dat we|dat ik|"
                                        r"samen)"),
    ("autonomy_permission", "together", rf"hoe (?:wil|wilt|zie) {YOU_NL} (?:\w+ ){{0,2}}(?:dat we|aanpakken|"
                                        r"verder)"),
    ("autonomy_permission", "permission", r"mag ik (?:je |jou |u |eens |even |iets |een |wat |misschien )*"),
    ("autonomy_permission", "permission", rf"(?:zou het helpen als ik|wil {YOU_NL} (?:\w+ ){{0,2}}(?:horen|"
                                          r"weten) over|"
                                          rf"zou {YOU_NL} (?:\w+ ){{0,3}}willen (?:horen|weten)|interesseert "
                                          r"(?:je|jou) "
                                          r"(?:dat|da|dit)|heb je interesse|of (?:liever|toch) niet|of is "
                                          r"(?:dat|da) "
                                          r"(?:\w+ ){0,3}niet|als je dat ziet zitten|wat denk je daarvan|"
                                          r"mag ik je (?:\w+ )?(?:tonen|vertellen|geven))"),
    ("autonomy_permission", "permission", rf"(?:is het|zou het|vind {YOU_NL} het|vindt {YOU_NL} het) "
                                          r"(?:\w+ )?"
                                          r"(?:ok|oke|goed|goed voor je|ok voor je|in orde) (?:als|dat)"),
    ("autonomy_permission", "permission", rf"(?:wil|wilt|zou) {YOU_NL} (?:\w+ ){{0,2}}(?:dat ik|dat we|"
                                          r"(?:dat )?(?:ik|we) (?:\w+ )?(?:samen )?)"),
    # summary
    ("summary", "summary", r"(?:even |kort )?(?:samengevat|samenvatten|samenvattend|op een rij|op een rijtje|"
                           r"als ik het samenvat|om samen te vatten)"),
    ("summary", "summary", r"(?:als ik|ik hoor) (?:\w+ ){0,3}(?:goed|even|allemaal) (?:hoor|begrijp|volg|heb|"
                           r"snap|samenvat)?(?:\w+ ){{0,20}}(?:en|,) (?:\w+ ){{0,20}}(?:en|ook|daarnaast|"
                           r"bovendien)"),
    ("summary", "summary", r"(?:\w+ ){0,20}(?:daarnaast|bovendien|enerzijds|anderzijds|ten eerste|en ook nog)"
                           r"(?:\w+ ){0,20}(?:klopt dat|klopt|juist|is dat zo)$"),
    # affirmation
    ("affirmation", "strength", r"(?:knap|sterk|moedig|dapper|flink|mooi|fijn|goed|geweldig|straf|"
                                r"bewonderenswaardig|"
                                r"indrukwekkend|proper|tof|super|top) (?:\w+ )?(?:dat|hoe|van je|van jou|da|"
                                r"wat je)"),
    ("affirmation", "strength", r"(?:vind|vond) (?:\w+ ){0,4}(?:knap|sterk|moedig|dapper|mooi|goed|fijn|"
                                r"straf|bewonderenswaardig) (?:dat|hoe|van)"),
    ("affirmation", "strength", r"(?:bewonder|waardeer|respecteer) (?:je|jou|het|hoe|dat|echt)"),
    ("affirmation", "strength", rf"{YOU_NL} (?:bent|bent echt|bent wel|blijft) (?:\w+ ){{0,2}}(?:sterk|"
                                r"sterke|moedig|"
                                r"moedige|doorzetter|vechter|goede moeder|goede vader|zorgzame|zorgzaam|"
                                r"harde werker|"
                                r"veerkrachtig|eerlijk|dapper|dappere|flink|betrokken|volhouder|krachtig)"),
    ("affirmation", "strength", rf"{YOU_NL} (?:zorgt|doet|hebt|heb|zet|geeft|toont|laat|neemt|bent|durft|"
                                r"blijft)"
                                r"(?: \w+){0,4} (?:goed voor|je best|zo goed|veel moeite|enorm|al zoveel|"
                                r"de stap|"
                                r"stappen|door|doorgezet|volgehouden|initiatief|verantwoordelijkheid|moeite|"
                                r"hulp gevraagd|alles voor|zo hard)"),
    ("affirmation", "strength", r"(?:petje af|chapeau|respect voor|trots op (?:je|jou)|hoedje af)"),
    ("affirmation", "strength", r"(?:dat|dit|het) (?:getuigt|toont|laat zien|zegt veel) (?:van|dat|over)"),
    ("affirmation", "strength", rf"{YOU_NL} (?:hebt|heb|heeft) (?:al )?(?:\w+ )?(?:veel|hard|goed|zelf|"
                                r"zoveel) "
                                r"(?:gewerkt|gedaan|geprobeerd|volgehouden|geregeld|gevochten|gezorgd)"),
    ("affirmation", "strength", rf"{YOU_NL} (?:geeft|gaf|gaat) (?:\w+ )?niet op"),
    ("affirmation", "strength", rf"{YOU_NL} (?:durft|durfde|durfde het|hebt het gedurfd)"),
    ("affirmation", "strength", rf"(?<!\w)dat {YOU_NL} (?:het |dat )?(?:hier |nu |toch )?(?:durft|durfde)"),
    ("affirmation", "strength", r"ondanks alles"),
    ("affirmation", "strength", rf"(?:dat|dit|het|wat|zo|je|jij) (?:\w+ ){{0,4}}(?:{STRENGTHS_NL})\b"),
    ("affirmation", "strength", rf"{YOU_NL} (?:\w+ ){{0,4}}(?:heel goed|goed na|rustig|ernstig|draaiende|"
                                r"je weg|precies wat|"
                                r"zelf (?:\w+ ){0,2}gevonden|blijft zoeken|blijft proberen|geeft niet op|"
                                r"doet het goed|blijft er voor|bewust over na|houdt het vol|"
                                r"de stap gezet)"),
    ("affirmation", "strength", r"(?:da|dat) (?:waardeer|bewonder|respecteer) ik"),
    ("affirmation", "strength", r"(?:dat|dit) (?:vind ik|valt me op|toont|verdient|is echt|zie ik)"),
    ("affirmation", "strength", rf"^(?:{STRENGTHS_NL})$"),
    # information: role, secrecy, procedure, rights, next steps
    ("information", "procedure", rf"(?:{INSTITUTIONS_NL}) (?:\w+ )?(?:kan|kunnen|moet|moeten|mag|mogen|"
                                 r"is verplicht|"
                                 r"zijn verplicht|organiseert|organiseren|biedt|bieden|geeft|geven|betaalt|"
                                 r"kent|hebben|heeft|telt|werkt|werken|helpt|helpen|komt|komen|is dag)"),
    ("information", "procedure", r"(?:er (?:is|zijn)|zijn er|is er) (?:\w+ ){0,3}(?:ook |gratis |voorrang|"
                                 r"diensten|"
                                 r"mogelijkheden|regels|een|apps|organisaties|plaatsen|\w+diensten)"),
    ("information", "procedure", r"(?:gratis|mogelijk|in principe|onder voorwaarden|goed om weten|"
                                 r"hangt af van|"
                                 r"telt (?:\w+ )?mee|wettelijk|verplicht|met korting|terecht kunt|"
                                 r"terecht kan|"
                                 r"kunt (?:\w+ ){0,4}terecht|kan (?:\w+ ){0,4}terecht|recht hebt|"
                                 r"voorschieten)"),
    ("information", "procedure", rf"{YOU_NL} (?:kunt|kan|kun|mag) (?:\w+ ){{0,6}}(?:beroep aantekenen|"
                                 r"klacht indienen|aanvragen|terecht|gratis|inschrijven)"),
    ("information", "role", r"(?:ik ben|mijn naam is|ik heet) (?:\w+ ){0,2}(?:van|bij|de|je|jouw|uw) "
                            r"(?:het |de )?(?:ocmw|caw|cav|dienst|maatschappelijk|sociaal|begeleider|"
                            r"assistent|werker|consulent|hulpverlener|wijk|huis|vzw|centrum|team|kind|jac)"),
    ("information", "role", r"(?:mijn naam is|ik heet|ik ben \w+ en ik)"),
    ("information", "role", r"ik (?:werk|werk hier|ben hier) (?:bij|voor|als|om|in)"),
    ("information", "role", r"(?:mijn|onze) (?:rol|taak|opdracht|job|werk) (?:is|hier|bestaat)"),
    ("information", "secrecy", r"(?:beroepsgeheim|geheimhouding|vertrouwelijk|discretie|privacy|"
                               r"tussen ons|blijft bij mij|blijft hier|blijft binnen|niet doorgegeven|"
                               r"gedeeld beroepsgeheim)"),
    ("information", "procedure", r"(?:we|wij) (?:hebben|krijgen|nemen) (?:\w+ ){0,2}(?:half uur|uur|tijd|"
                                 r"minuten|kwartier)"),
    ("information", "procedure", r"(?:dit|het|ons) gesprek (?:duurt|gaat over|is bedoeld|dient)"),
    ("information", "procedure", r"(?:de |een )?volgende (?:stap|keer|afspraak|week)"),
    ("information", "procedure", r"ik (?:ga|zal|kan) (?:je |jou |u |dat |het |even )*(?:\w+ ){0,2}"
                                 r"(?:uitleggen|"
                                 r"toelichten|doorgeven|opzoeken|nakijken|navragen|contacteren|opsturen|"
                                 r"doorsturen|meegeven|regelen|afdrukken|noteren|bellen)"),
    ("information", "procedure", rf"{YOU_NL} (?:hebt|heb|heeft|hebben) (?:\w+ )?recht op"),
    ("information", "procedure", r"(?:recht op|rechten|procedure|aanvraag|formulier|dossier|wachtlijst|"
                                 r"wachttijd|"
                                 r"termijn|leefloon|uitkering|premie|toelage|verslag|attest|budgetbeheer|"
                                 r"schuldbemiddeling|huurwaarborg|sociaal tarief|mutualiteit|wet|regels|"
                                 r"reglement|"
                                 r"afspraak|documenten|papieren|loonfiches|rekeninguittreksels|kinderbijslag|"
                                 r"groeipakket)"),
    ("information", "procedure", r"ik (?:moet|ben verplicht|mag niet|kan niet) (?:\w+ ){0,4}(?:melden|"
                                 r"doorgeven|vragen|noteren|bijhouden|beloven)"),
    # questions
    ("open_question", "tell", r"^(?:vertel|vertelt|beschrijf)(?! (?:het|dat|dit|hem|haar) (?:gewoon|aan|"
                              r"tegen|maar))"),
    ("open_question", "tell", r"^zeg (?:eens|es|me|mij|gerust|maar eens)"),
    ("open_question", "tell", r"^(?:leg|legt) (?:\w+ ){0,3}uit"),
    ("open_question", "tell", rf"^(?:kan|kun|kunt|wil|wilt|zou) {YOU_NL} (?:\w+ ){{0,4}}(?:vertellen|"
                              r"uitleggen|beschrijven|verduidelijken|toelichten|over hebben)"),
    ("closed_question", "fact", r"(?:sinds wanneer|tot wanneer|tot hoe laat|hoe laat|in welke|welke|welk|"
                                r"hoeveel|wnneer|wanneer)\b"),
    ("closed_question", "fact", r"^(?:hoe (?:oud|laat|lang|vaak|veel|ver|heet|groot|duur)|hoeveel|hoelang|"
                                r"wanneer|"
                                r"wie|welke|welk|waar (?:woon|werk|is|zijn|was|ben|ga|zit|staat|heb|ligt)|"
                                r"wat is (?:je|jouw|uw|de|het) (?:naam|adres|nummer|telefoonnummer|leeftijd|"
                                r"geboortedatum|rijksregisternummer|bedrag|huur|inkomen|datum|emailadres))\b"),
    ("open_question", "question-word", r"^(?:hoe|wat|waarom|waardoor|waarover|waarmee|waarin|waaraan|"
                                       r"in welke zin|op welke manier|wat voor|waar (?:\w+ ){1,6}(?:over|aan|"
                                       r"mee|van|naar|op|bij|voor))\b"),
    ("closed_question", "verb-first", r"^(?:" + "|".join(sorted(FINITE_NL)) + r") (?:je|jij|ge|u|jullie|hij|"
                                                                              r"zij|ze|"
                                      r"het|er|dat|die|dit|iemand|iets|mensen|jouw|uw|hem|haar|de|uw)\b"),
    ("closed_question", "choice-question", r"\bof (?:eerder |liever |toch |niet|nog )?\w+$"),
    # reflection
    ("reflection", "meaning", r"(?:het |dat |je )?(?:klinkt|lijkt|voelt|hoor ik|merk ik) (?:\w+ )?(?:alsof|"
                              r"als|of |dat|zo|erg|echt|heel|precies|nogal)"),
    ("reflection", "meaning", r"(?:ik hoor|ik merk|ik zie|ik voel) (?:\w+ ){0,2}(?:dat|hoe|je|jou|veel|wel)"),
    ("reflection", "meaning", r"als ik (?:je|jou|het) (?:goed|juist) (?:begrijp|hoor|versta|volg)"),
    ("reflection", "meaning", r"alsof"),
    ("reflection", "feeling", r"(?:ze|hij|zij) (?:\w+ ){0,4}(?:voelt|voelde|schaamt|mist|vreest)"),
    ("reflection", "feeling", rf"{YOU_NL} (?:voelt|voelde|voel) (?:je|jou|jezelf|het|dat)?"),
    ("reflection", "feeling", rf"{YOU_NL} (?:hebt|heb|had) (?:het |een |sterk het |echt het )?(?:gevoel|idee|"
                              r"indruk)"),
    ("reflection", "feeling", rf"{YOU_NL} (?:maakt|maakte|maak) (?:je|jou) (?:\w+ )?(?:zorgen|druk|kwaad|"
                              r"boos)"),
    ("reflection", "feeling", rf"{YOU_NL} (?:ziet|zag|zie) (?:het|dat|er) (?:\w+ ){{0,2}}zitten"),
    ("reflection", "feeling", rf"{YOU_NL} (?:\w+ ){{0,4}}{FEEL_NL}\b"),
    ("reflection", "feeling", rf"(?:het|dat|dit|alles) (?:\w+ ){{0,4}}{FEEL_NL}\b"),
    ("reflection", "feeling", rf"^{FEEL_NL}$"),
    ("reflection", "statement", rf"^(?:{YOU_NL}) (?:wil|wilt|vindt|vind|mist|weet|twijfelt|twijfel|vreest|"
                                r"denkt|ziet|"
                                r"zit|snapt|begrijpt|verlangt|hoopt|hoop|bent|was|staat|draagt|doet|moet|kan|"
                                r"kunt|hebt|heb|krijgt|loopt|zou|zoekt|houdt|wou|wilde|schaamt|durft)\b"),
]

FEELINGS_BY_LANG = {"nl": set(FEELINGS_NL), "en": set(FEELINGS_EN)}

STRENGTHS_EN = "|".join((
    "brave bravery courage courageous courrage strong strength persistence perseverance perseverence "
    "resourceful determined determination caring love loving dedication commitment committed effort "
    "resilience resilient proud impressive admirable responsible responsibility honest honesty wise "
    "persistent loyal devoted thoughtful careful smart clever respect grit"
).split()) + r"|the right thing|a good (?:mother|mum|mom|father|dad|parent)|looking after|care for|cares for"

EN: list[tuple[str, str, str]] = [
    ("open_question", "tell", r"^(?:tell me|describe|say more|talk me through|walk me through|explain|"
                              r"can you tell|could you tell|would you tell|can you say more|"
                              r"could you say more|"
                              r"can you describe|could you describe|would you like to tell|can you explain|"
                              r"could you explain|help me understand)"),
    ("reassure", "cheer", r"(?:it|things|everything|that|all|this) (?:will|is going to|going to|gonna) "
                          r"(?:\w+ ){0,2}(?:be fine|be ok|be okay|be alright|work out|turn out|get better|"
                          r"be good)"),
    ("reassure", "cheer", r"(?:do not|dont|no need to|never) (?:you )?(?:worry|stress|panic|be scared|"
                          r"be afraid|feel bad|be ashamed|feel ashamed)"),
    ("reassure", "cheer", r"(?:no worries|cheer up|chin up|relax|calm down|take it easy|stay positive|"
                          r"look on the "
                          r"bright side|look at the bright side|keep your head up|it is fine|"
                          r"you will be fine|"
                          r"you will be ok|you will manage|you will get through|be positive)"),
    ("reassure", "minimise", r"(?:(?:everyone|everybody) (?:\w+ )?(?:has|have|does|goes|feels|gets|is|"
                             r"struggles|deals|"
                             r"makes|knows|experiences|worries)|lots of \w+|loads of \w+|plenty of \w+|"
                             r"all of us|we all|so many \w+|half the \w+|many \w+ (?:do|have|go|feel))"),
    ("reassure", "minimise", r"(?:nothing to (?:be ashamed|worry|be afraid|be scared)|in no time|"
                             r"you will get used|"
                             r"only temporary|just temporary|just a phase|it will pass|will blow over|"
                             r"you will see|"
                             r"not so strange|not that strange|not strange|not a problem|no problem)"),
    ("reassure", "minimise", r"(?:it is|that is|its|thats|it was|it is not|that is not) (?:\w+ ){0,2}"
                             r"(?:not that bad|not so bad|not a big deal|no big deal|only money|just money|"
                             r"just a|only a|nothing|not the end of the world|normal)"),
    ("reassure", "minimise", r"(?:could be worse|could have been worse|worse things|not that bad|not so bad|"
                             r"no "
                             r"big deal|not the end of the world|happens to everyone|happens to the best|"
                             r"these things happen|it happens)"),
    ("reassure", "minimise", r"(?:nobody will (?:care|remember|notice)|not worth (?:the|it|your)|how it goes|"
                             r"just (?:bad )?luck|sort (?:themselves|itself) out|work (?:itself|"
                             r"themselves) out|"
                             r"hang in there|let it get to you|(?:he|she|they|you|it) will be (?:fine|"
                             r"alright|"
                             r"all right|ok|back)|just like that|always exaggerate|kids are (?:tough|"
                             r"resilient))"),
    ("autonomy_permission", "choice", r"(?:you can (?:always )?(?:say no|stop me|tell me to stop|refuse|"
                                      r"decline)|"
                                      r"tell me if (?:it is|this is|that is) not|it is up to you|up to you|"
                                      r"your choice|your call|your decision|(?<!helped )(?<!help )you decide|"
                                      r"you choose|you can decide|you can choose|you get to decide|"
                                      r"you get to choose|"
                                      r"whatever you decide|whatever you choose|you are in charge|your pace|"
                                      r"only if you want|if you want|if you like|if you wish|"
                                      r"if you would like|"
                                      r"if that is ok|if you are ok with|you know best|you are the expert|"
                                      r"your own pace|you are free to)"),
    ("autonomy_permission", "room", r"(?:take (?:all )?(?:the|your) time|no rush|there is no rush)"),
    ("advice", "rescue", r"(?:i will (?:sort|handle|take care of|fix|do|arrange) (?:that|it|this|everything)"
                         r"(?: for you)?|leave (?:it|that|this) (?:to|with) me|let me (?:handle|sort|fix) )"),
    ("autonomy_permission", "permission", r"(?:may i|can i|could i|would it be ok|would it be okay|"
                                          r"is it ok if|"
                                          r"is it okay if|would you mind if|do you mind if|"
                                          r"would you like me to|"
                                          r"do you want me to|want me to|would you like to hear|"
                                          r"do you want to hear|"
                                          r"shall i|should i|would you like some|would it help if i)"),
    ("autonomy_permission", "together", r"(?:together|work out|figure out together|we could look|"
                                        r"look at it together|"
                                        r"where would you like to start|what would you like us to|"
                                        r"what would you "
                                        r"like to start|how would you like us|where do you want to start|"
                                        r"what do you want us to)"),
    ("advice", "advice-question", r"why (?:do not|dont|not|wont) (?:you )?(?:\w+ ){0,3}(?:just|simply)?"),
    ("advice", "advice-question", r"why not (?:just )?(?:\w+)"),
    ("confront", "blame-why", r"why (?:did|did not|didnt|have|have not|havent|were|was|had|would|could|"
                              r"would not|wouldnt|couldnt|could not) (?:you|not you)\b"),
    ("confront", "blame-why", r"how come you (?:never|did not|have not|were not|did|had|waited|let)"),
    ("confront", "blame-why", r"why (?:do|are|cant|can not|will not|would|is it that) you (?:\w+ ){0,3}"
                              r"(?:always|never|not|keep|still|so)"),
    ("confront", "judge", r"you (?:should|should not|ought to|could|would) have \w+"),
    ("confront", "judge", r"(?:let us be honest|is on you|that is what happens when|you made your "
                          r"(?:own )?choices?|"
                          r"(?:everybody|everyone) knows that|seen (?:that|it|this) coming|saw (?:that|it|"
                          r"this) coming|"
                          r"ask yourself why|can not have it all|not great either|is not going to help|"
                          r"have (?:a|every) right to know)"),
    ("confront", "judge", r"(?:was|is|were) (?:\w+ )?(?:a|your|such a|a big|a huge) (?:big |huge |real |"
                          r"really )?(?:mistake|bad idea|bad choice|stupid idea|bad decision)"),
    ("confront", "judge", r"(?:is not|was not|isnt) "
                          r"(?:ok|okay|normal|acceptable|right|smart|fair|an excuse)"),
    ("confront", "judge", r"(?:what did you expect|you should know|you knew|nobody forced you|"
                          r"no one forced you|"
                          r"you are making excuses|you are not even trying|you do not even try|"
                          r"you just do not want|"
                          r"blame yourself|your responsibility|your own responsibility|"
                          r"only have yourself to blame|"
                          r"overreacting|being dramatic|so dramatic|you chose this|you made your choice|"
                          r"you made this|you let it|you let this|lazy|rules are rules|not allowed|"
                          r"you brought (?:this|it) on yourself|you did it to yourself|for your own good|"
                          r"you could not manage|you can not manage|maybe you just|maybe you are not|"
                          r"maybe your not|you know that right|threw it away|blew it|messed (?:it )?up|"
                          r"making it worse|made it worse|your own doing|"
                          r"just an excuse|an excuse|no excuse|you can not hide|you can not keep|"
                          r"stop making excuses|"
                          r"stop complaining|grow up|pull yourself together|that is on you)"),
    ("confront", "judge", r"(?:your own fault|your fault|you asked for it|you only have yourself|"
                          r"you did this to yourself|what were you thinking|what did you expect|"
                          r"you should be ashamed|"
                          r"shame on you|excuses|that is irresponsible|irresponsible|that is not ok|"
                          r"that is no excuse|"
                          r"that is not normal|that is ridiculous|that is stupid|that was stupid|"
                          r"not very smart|"
                          r"not smart|not acceptable|unacceptable|not how it works|get real|come on)"),
    ("confront", "judge", r"you (?:are|were|are being|re) (?:\w+ ){0,2}(?:lazy|irresponsible|naive|stupid|"
                          r"selfish|"
                          r"stubborn|overreacting|exaggerating|dramatic|ungrateful|childish|unreasonable|"
                          r"wrong|making excuses|the problem|to blame)"),
    ("confront", "judge", r"you (?:always|never) (?:\w+ ){0,3}"),
    ("confront", "judge", r"(?:how could you|how can you|you just keep)"),
    ("confront", "judge", r"(?:that is|this is|it is|it was|that was) (?:\w+ ){0,2}(?:not okay|not ok|"
                          r"not right|on you|your problem|bad|wrong|a mistake|a bad idea|a bad choice)"),
    ("advice", "advice-question", r"(?:have you|did you) (?:ever |already |even )?(?:thought about|"
                                  r"considered|thought of|tried) (?:\w+)"),
    ("advice", "advice-question", r"(?:would not|wouldnt|wouldn't|should not|shouldnt|could not|couldnt) "
                                  r"(?:it be|you) (?:\w+ ){0,2}(?:better|just|first|wise|smart)?"),
    ("advice", "advice-question", r"(?:what about|how about) (?:\w+ing|you|calling|asking|going|getting|"
                                  r"trying|just)"),
    ("advice", "must", r"you (?:\w+ )?(?:must|need to|needs to|have to|has to|got to|gotta|should|ought to|"
                       r"better)\b"),
    ("advice", "must", r"(?:you should|you need to|you must|you have to|you had better|you d better)"),
    ("advice", "better", r"(?:the best thing|the best way|best thing|best to|it is best|it would be best|"
                         r"it is better|it would be better|better to|better if you|it would be wise|"
                         r"it is important that you|you had better|you might want to|you may want to|"
                         r"you could just|you can just|just call|just ask|just go|just pay|just tell|"
                         r"just open|just try|just ignore|if i were you|i would|(?<!may )(?<!can )"
                         r"(?<!could )i (?:suggest|recommend|advise)|"
                         r"my advice|my tip|my suggestion|try to|try and|make sure|start by|"
                         r"you could try|you could call|you could ask|you could go|you can always)"),
    ("summary", "summary", r"(?:check me on this|let me see if i understand|let me check|if i got it right|"
                           r"to sum up|so to summarise|to summarise|to summarize|summing up|in short|"
                           r"let me summarise|let me summarize|let me see if i have|if i have got this right|"
                           r"if i have this right|so far you have told me|you have told me about)"),
    ("summary", "summary", r"(?:so |you said )(?:\w+ ){2,20}(?:and|also) (?:\w+ ){1,20}(?:and|also|plus|"
                           r"on top of)"
                           r" (?:\w+ ){0,20}(?:right|is that right|did i get that|is that correct|"
                           r"have i got that)?"),
    ("affirmation", "strength", rf"(?:that|this|it|which|what|you|your) (?:\w+ ){{0,4}}(?:{STRENGTHS_EN})"),
    ("affirmation", "strength", r"(?:you are|you have been) (?:\w+ ){0,2}(?:fighting|working|trying|doing) "
                                r"(?:so |really )?"
                                r"(?:hard|for|your best)|kept yourself going|(?:does not|doesnt|"
                                r"never) give up|keeps (?:his|her|your) word|you did it"),
    ("affirmation", "strength", r"(?:that|this|it) (?:really |clearly |just )?(?:shows|says|tells|matters|"
                                r"counts)"),
    ("affirmation", "strength", r"you (?:kept|went to every|protect|protected|fought|"
                                r"spoke up|stood up|showed up|came here|reached out|took the step|found the|"
                                r"managed to|thought first|put your|stayed with|stayed calm|still go|"
                                r"still show|keep going|"
                                r"keep trying|keep applying|still renew|do not give up|never gave up|"
                                r"did not give up)"),
    ("affirmation", "strength", r"(?:it took|that took|that takes|it takes) (?:\w+ )?(?:courage|guts|"
                                r"strength|effort|a lot)"),
    ("affirmation", "strength", r"(?:well done|good job|great job|nice work|proud of you|i admire|i respect|"
                                r"i appreciate|impressive|brave of you|strong of you|you did well|"
                                r"you have done well|credit to you|hats off|kudos)"),
    ("affirmation", "strength", r"you (?:are|were|have been|re) (?:\w+ ){0,2}(?:strong|brave|resourceful|"
                                r"determined|caring|a good|a great|a fighter|a survivor|honest|committed|"
                                r"persistent|resilient|courageous|a loving|devoted|doing your best|"
                                r"doing a great)"),
    ("affirmation", "strength", r"you (?:have|ve|really|clearly|obviously|still|managed|kept|took|made|did|"
                                r"put) "
                                r"(?:\w+ ){0,3}(?:managed|kept going|worked hard|tried hard|done a lot|"
                                r"so much|"
                                r"the step|a big step|effort|your best|looked after|care of|held on|"
                                r"stuck with|"
                                r"not given up|never given up|fought|got through|came|come|showed up|"
                                r"reached out)"),
    ("affirmation", "strength", r"(?:good that you|great that you|glad you|good on you|it is good that you|"
                                r"brave that you|strong that you|you did not give up|despite everything)"),
    ("information", "procedure", r"(?:the |a |your |this )?(?:ocmw|cpas|school|schools|mutuality|landlord|"
                                 r"law|court|"
                                 r"justice of the peace|unia|caw|fund|service|services|care coordinator|"
                                 r"social worker|"
                                 r"bailiff|judge|city|government|insurance|union|employer|bank|agency|vdab|"
                                 r"supplier|company) (?:\w+ )?(?:can|has to|have to|must|"
                                 r"will|is obliged|are obliged|offers|pays|covers|decides|is allowed)"),
    ("information", "procedure", r"(?:there (?:is|are) (?:also )?(?:\w+ ){0,2}(?:services|funds|options|ways|"
                                 r"rules|"
                                 r"organisations|groups|places|possibilities|a fund|a service|a right|help)|"
                                 r"is possible|are possible|punishable|against the law|by law|is free|"
                                 r"for free|"
                                 r"normally|usually|in general|is called|the rule is|it works like)"),
    ("information", "procedure", r"you (?:can|may|are allowed to|have the right to|are entitled to) "
                                 r"(?:also )?(?:ask for|ask the|apply|report|request|appeal|claim|receive)"),
    ("information", "role", r"(?:my name is|i am \w+ from|i work (?:at|for|as|with|here)|i am the|i am your|"
                            r"my role|my job is|my task)"),
    ("information", "secrecy", r"(?:confidential|confidentiality|stays between|stay between|between us|"
                               r"professional "
                               r"secrecy|privacy|will not share|do not share|not shared|stays with me)"),
    ("information", "procedure", r"(?:we have (?:\w+ ){0,2}(?:minutes|hour|half an hour|time)|next step|"
                                 r"next time|"
                                 r"next week|next appointment|the procedure|the form|the application|"
                                 r"entitled to|"
                                 r"you have the right|your rights|the rules|the law|the waiting list|"
                                 r"deadline|"
                                 r"appointment|benefit|allowance|i will (?:\w+ ){0,2}(?:explain|check|look|"
                                 r"send|call|"
                                 r"contact|pass|forward|print|write|note)|i am required|i have to report|"
                                 r"i must report|i need to tell you)"),
    ("closed_question", "fact", r"(?:how (?:old|long|many|much|often|far|late|big)|since when|by when|"
                                r"what time|which|wich)"),
    ("closed_question", "fact", r"^(?:how (?:old|long|many|much|often|far|late|big)|when|who|which|where "
                                r"(?:do|does|did|is|are|was|were) (?:you|he|she|they|it)\b(?!.*\b(?:about|"
                                r"on)\b)|"
                                r"what (?:is|was) (?:your|his|her|the) (?:name|address|number|age|date|phone|"
                                r"rent|income|amount|email|birthday|total|sum|price|cost))"),
    ("open_question", "question-word", r"^(?:how|what|why|in what way|what is it|where (?:\w+ ){1,6}(?:about|"
                                       r"on))\b"),
    ("closed_question", "verb-first", r"^(?:do|does|did|have|has|had|are|is|was|were|can|could|will|would|"
                                      r"should|shall|may|might|must|am) (?:you|he|she|they|it|there|that|"
                                      r"this|we|anyone|someone|your|the|i)\b"),
    ("closed_question", "choice-question", r"\bor (?:rather |maybe |not |something )?\w+$"),
    ("reflection", "meaning", r"(?:it |that )?(?:sounds|seems|looks|feels) (?:\w+ )?(?:like|as if|as though|"
                              r"that|really|very|so|quite|pretty)"),
    ("reflection", "meaning", r"(?:i hear|i can hear|i see|i sense|i notice|i get the sense|"
                              r"i get the feeling) (?:\w+ ){0,2}(?:that|how|you|a lot|some)"),
    ("reflection", "meaning", r"(?:if i understand|if i hear|what i hear|so what you are saying|"
                              r"you are saying|you mean)"),
    ("reflection", "feeling", r"you (?:feel|felt|are feeling|were feeling|have been feeling|re feeling)"),
    ("reflection", "feeling", r"you (?:have|got|get) (?:\w+ )?(?:feeling|sense|impression)"),
    ("reflection", "feeling", rf"you (?:\w+ ){{0,4}}{FEEL_EN}\b"),
    ("reflection", "feeling", rf"(?:it|that|this|everything|things) (?:\w+ ){{0,4}}{FEEL_EN}\b"),
    ("reflection", "feeling", rf"^{FEEL_EN}$"),
    ("reflection", "statement", r"^(?:you) (?:want|wish|miss|know|doubt|fear|think|see|sit|understand|hope|"
                                r"are|were|carry|do|can|would|keep|cannot|can not|do not|really|still|"
                                r"seem|worry|care|love|hate|need|wonder|found|find)\b"),
]

RULES = {"nl": NL, "en": EN}
FILLERS = {"nl": FILLERS_NL, "en": {"and", "so", "but", "ok", "well", "yes", "no", "oh", "ah", "hmm", "hm",
                                    "right", "alright", "um", "uh", "then", "now", "okay"}}
IMPERATIVE_EN = set((
    "call ask go take find make open write pay stop sort talk send put speak read fill report throw begin "
    "start keep stay be get give save sell buy move contact forget remember listen sign print email text "
    "wait rest sleep eat exercise ignore accept apply quit leave visit bring use phone ring try tell let"
).split())
# the Flemish polite command ends in -t ('vraagt efkes aan een collega'); before 'ge' it is a question
IMPERATIVE_T_NL = set((
    "vraagt belt gaat doet neemt zoekt maakt schrijft betaalt probeert zegt stuurt legt leest vult meldt "
    "begint houdt blijft geeft telt haalt volgt regelt spreekt"
).split())
IMPERATIVES = {"nl": IMPERATIVE_NL | IMPERATIVE_T_NL, "en": IMPERATIVE_EN}
PRONOUNS = {"nl": PRONOUNS_NL, "en": {"you", "he", "she", "they", "it", "there", "that", "this", "we", "i",
                                       "your", "the", "anyone", "someone", "my", "me", "us"}}

_compiled: dict[str, list[tuple[str, str, re.Pattern[str]]]] = {}


def rules(lang: str) -> list[tuple[str, str, re.Pattern[str]]]:
    if lang not in _compiled:
        _compiled[lang] = [(move, form, re.compile((r"^(" + pattern[1:] if pattern.startswith("^")
                                                    else r"(?:^| )(" + pattern) + r")(?:(?<=\s)|(?!\w))"))
                           for move, form, pattern in RULES.get(lang, NL)]
    return _compiled[lang]
