// General knowledge the extractor needs beyond the gazetteer's word lists: well-known institutions that
// no head word gives away, words that end place names, sports-club words and party abbreviations.
// Same format as Gazetteer.swift: `|`-separated entries, parsed once.

extension Gazetteer {
    /// Institutions named without a head word: parties, seats of government used for the government,
    /// news agencies and broadcasters. Names only; the extractor still has to find them in the text.
    static let knownOrganizations: Set<String> = GazetteerParser.set("""
        Labour|Conservatives|Tories|Liberal Democrats|Lib Dems|Democrats|Republicans|Greens|SNP|Plaid Cymru
        Sinn Fein|Sinn Féin|Likud|Hamas|Hezbollah|Fatah|Taliban|al Qaeda|al-Qaeda|Al Qaeda|Islamic State|ISIS|ISIL|Houthis
        White House|Pentagon|Kremlin|Downing Street|Whitehall|Elysee|Élysée|Bundestag|Knesset|Duma|Majlis|Congress|Parliament
        House of Commons|House of Lords|House of Representatives|Senate|Capitol Hill|Westminster|Holyrood
        Reuters|Associated Press|AP|AFP|Agence France-Presse|Bloomberg|BBC|CNN|NBC|CBS|ABC|Fox News|Al Jazeera|Sky News
        Xinhua|TASS|RIA Novosti|Interfax|IRNA|Tasnim|Fars|Politico|Axios|YouGov|Ipsos|Gallup|Nato|NATO|OPEC|Interpol|Europol
        United Nations|UN|U.N.|European Union|EU|E.U.|World Bank|IMF|International Monetary Fund|WHO|World Health Organization
        UNESCO|UNICEF|UNHCR|African Union|Arab League|ASEAN|G7|G20|Group of Seven|Group of 20|OECD|WTO|World Trade Organization
        Red Cross|Red Crescent|Amnesty International|Human Rights Watch|Doctors Without Borders|Greenpeace|Hamas|Hezbollah
        The Guardian|The Times|The New York Times|New York Times|The Washington Post|Washington Post|The Wall Street Journal
        Wall Street Journal|Financial Times|The Economist|Le Monde|Der Spiegel|Die Zeit|Handelsblatt|The Telegraph
        The Independent|The Observer|The Atlantic|The New Yorker|Time|Newsweek|The Lancet|Nature|Science|Haaretz
        Al Arabiya|Asharq Al-Awsat|Kommersant|Izvestia|Pravda|El País|Corriere della Sera|The Hindu|Dawn|Yomiuri Shimbun
        Bundeswehr|Bundesbank|Federal Reserve|European Central Bank|Bank of England|Supreme Court|Pentagon|Kremlin
        Google|Apple|Microsoft|Amazon|Meta|Facebook|Twitter|Telegram|TikTok|Netflix|Spotify|Tesla|Nvidia|OpenAI|Samsung
        """)

    /// Last words that make a name an event beyond the gazetteer's: prizes and awards are held, won and given.
    static let extraEventHeads: Set<String> = GazetteerParser.set("""
        Prize|Prizes|Award|Awards|Medal|Trophy|Olympiad|Biennale|Triennale
        """)

    /// First words of organization names beyond the gazetteer's.
    static let extraOrganizationStarts: Set<String> = GazetteerParser.set("""
        Group|Council|Court|Bank|Office|Institute|Agency|Commission|Union|League|Federation|Association|Society
        """)

    /// Last words of place names: streets, buildings, landscape.
    static let placeHeads: Set<String> = GazetteerParser.set("""
        Street|Road|Avenue|Lane|Boulevard|Square|Bridge|River|Lake|Mountain|Mountains|Hill|Hills|Valley|Coast|Island|Islands
        Bay|Sea|Ocean|Strait|Channel|Canal|Desert|Peninsula|Plain|Plains|Province|County|District|Region|Airport|Station
        Stadium|Arena|Park|Barracks|Palace|Castle|Cathedral|Abbey|Tower|Harbour|Harbor|Port|Heights|Forest|Falls|Beach
        """)

    /// First words of place names: River Thames, Lake Geneva, Mount Everest, Port Said.
    static let placeStarts: Set<String> = GazetteerParser.set("""
        River|Lake|Mount|Mt.|Port|Fort|Cape|Isle|Gulf|Bay|Strait|Sea|Lower|Upper
        """)

    /// Words of football and sports club names after a place: Manchester United, Aston Villa, Real Madrid.
    static let clubWords: Set<String> = GazetteerParser.set("""
        FC|AFC|CF|SC|United|City|Athletic|Rovers|Wanderers|Albion|Villa|Hotspur|Town|Rangers|Celtic|Real|Atletico|Atlético
        Sporting|Dynamo|Olympique|Borussia|Bayer|Inter|Juventus|Lazio|Roma
        """)

    /// Party abbreviations after a lawmaker's name: "(Lab, Slough)", "(Con)".
    static let partyAbbreviations: Set<String> = GazetteerParser.set("""
        Lab|Con|LD|Lib Dem|SNP|Reform|Green|Plaid|DUP|SDLP|UUP|Ind|Alliance
        """)

    /// Words that end company names in lower or mixed case: J Sainsbury plc, Bavarian Nordic A/S.
    static let companySuffixes: Set<String> = GazetteerParser.set("""
        plc|PLC|Inc.|Inc|Ltd|Ltd.|Corp.|Corp|Co.|LLC|LLP|AG|SA|S.A.|NV|N.V.|SE|GmbH|AB|ASA|A/S|SpA|S.p.A.|Oyj|KK
        """)

    /// Speech verbs that institutions use as much as people ("Reuters reported"): not evidence of a person.
    static let institutionalVerbs: Set<String> = GazetteerParser.set("""
        reported|announced|confirmed|confirms|denied|denies|estimated|cited|quoted|disclosed|revealed|informed|posted
        emailed|tweeted|published|found|showed|predicted|forecast
        """)
}
