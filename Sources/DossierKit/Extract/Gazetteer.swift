// Fixed word lists used by the entity extractor: places, demonyms, titles, calendar words,
// sentence-start words, abbreviations, head words for organizations, documents, events and
// works, person cues, given names and name connectors.
//
// The data is kept in multi-line string literals and parsed once, on first use, so the
// type-checker never sees a huge collection literal. Entries on a line are separated by `|`;
// blank lines and lines starting with `#` are ignored. Any entry written with a straight
// apostrophe (') is also added with a typographic one (’), and the other way round.

/// What kind of place a gazetteer entry names.
enum PlaceClass: String, Sendable { case country, city, region }

enum Gazetteer {
    /// Place names as written in English news → (class, canonical name). Alternative names are
    /// extra keys that map to the canonical one. When a name is listed twice the first listing
    /// wins (countries come before capitals, cities and regions).
    static let places: [String: (PlaceClass, String)] = GazetteerParser.places(gazPlaceData)

    /// Demonyms and adjectives (singular, plural, adjective) → canonical place name, which is
    /// always a canonical name in `places`.
    static let demonyms: [String: String] = GazetteerParser.demonyms(gazDemonymData)

    /// Titles, honorifics and office words that precede a person's name and are not part of
    /// it, as token sequences (each token exactly as written, with its period).
    static let titles: [[String]] = GazetteerParser.tokenSequences(gazTitleData)

    /// Weekday names and their news abbreviations.
    static let weekdays: Set<String> = GazetteerParser.set(gazWeekdayData)

    /// Month names and their news abbreviations.
    static let months: Set<String> = GazetteerParser.set(gazMonthData)

    /// Capitalized words that start sentences or headlines but are not names on their own.
    static let commonCapitalized: Set<String> = GazetteerParser.set(gazCommonCapitalizedData)

    /// Abbreviations ending with a period that do not end a sentence when a capitalized name
    /// follows: the explicit list, every title token ending in a period, and the weekday and
    /// month abbreviations. Contains every member of `abbreviationsThatMayEndSentence`.
    static let abbreviations: Set<String> = {
        var s = GazetteerParser.set(gazAbbreviationData)
        s.formUnion(abbreviationsThatMayEndSentence)
        for title in titles {
            for token in title where token.count > 1 && token.hasSuffix(".") { s.insert(token) }
        }
        for word in weekdays.union(months) where word.hasSuffix(".") { s.insert(word) }
        return s
    }()

    /// Abbreviations that can also be the last word of a sentence ("… of Apple Inc.").
    static let abbreviationsThatMayEndSentence: Set<String> = GazetteerParser.set(gazMayEndSentenceData)

    /// Last words that make a name an organization (one token each).
    static let organizationHeads: Set<String> = GazetteerParser.set(gazOrganizationHeadData)

    /// First words of an organization name that are enough on their own ("Ministry of …").
    static let organizationStarts: Set<String> = GazetteerParser.set(gazOrganizationStartData)

    /// Last words that make a name a document.
    static let documentHeads: Set<String> = GazetteerParser.set(gazDocumentHeadData)

    /// First words that make a name a document ("Resolution 2231", "Article 5").
    static let documentStarts: Set<String> = GazetteerParser.set(gazDocumentStartData)

    /// Last words that make a name an event.
    static let eventHeads: Set<String> = GazetteerParser.set(gazEventHeadData)

    /// First words that make a name an event ("Operation …", "Battle of …").
    static let eventStarts: Set<String> = GazetteerParser.set(gazEventStartData)

    /// Lowercase nouns that, right before "called", "titled", "named" or a capitalized title,
    /// mark the following name as a creative or published work.
    static let workCues: Set<String> = GazetteerParser.set(gazWorkCueData)

    /// Lowercase attribution and speech verbs that, next to a name, mark it as a person.
    static let speechVerbs: Set<String> = GazetteerParser.set(gazSpeechVerbData)

    /// Lowercase role and kinship nouns that, next to a name, mark it as a person.
    static let personRoleNouns: Set<String> = GazetteerParser.set(gazPersonRoleData)

    /// Common given names across cultures, used only as evidence that a two- or three-word
    /// name is a person.
    static let givenNames: Set<String> = GazetteerParser.set(gazGivenNameData)

    /// Lowercase connector words allowed inside a name between capitalized words.
    static let nameConnectors: Set<String> = GazetteerParser.set(gazNameConnectorData)
}

// MARK: - Parsing

enum GazetteerParser {
    /// Non-empty, non-comment lines, trimmed.
    static func lines(_ text: String) -> [Substring] {
        var out: [Substring] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = trim(raw)
            if line.isEmpty || line.hasPrefix("#") { continue }
            out.append(line)
        }
        return out
    }

    /// The `|`-separated entries of a line, trimmed, empty ones dropped.
    static func entries(_ line: Substring) -> [String] {
        var out: [String] = []
        for part in line.split(separator: "|", omittingEmptySubsequences: true) {
            let entry = trim(part)
            if !entry.isEmpty { out.append(String(entry)) }
        }
        return out
    }

    static func trim(_ s: Substring) -> Substring {
        var t = s
        while let c = t.first, c.isWhitespace { t = t.dropFirst() }
        while let c = t.last, c.isWhitespace { t = t.dropLast() }
        return t
    }

    /// The entry itself plus its other-apostrophe spelling, if it has an apostrophe.
    static func variants(_ entry: String) -> [String] {
        var out = [entry]
        if entry.contains("'") {
            out.append(String(entry.map { $0 == "'" ? "’" : $0 }))
        } else if entry.contains("’") {
            out.append(String(entry.map { $0 == "’" ? "'" : $0 }))
        }
        return out
    }

    static func set(_ text: String) -> Set<String> {
        var s = Set<String>()
        for line in lines(text) {
            for entry in entries(line) {
                for v in variants(entry) { s.insert(v) }
            }
        }
        return s
    }

    /// Lines under `@country`, `@city` or `@region`; the first entry of a line is the
    /// canonical name, the rest are alternative names.
    static func places(_ text: String) -> [String: (PlaceClass, String)] {
        var d = [String: (PlaceClass, String)]()
        var current = PlaceClass.country
        for line in lines(text) {
            if line.hasPrefix("@") {
                if let cls = PlaceClass(rawValue: String(line.dropFirst())) { current = cls }
                continue
            }
            let names = entries(line)
            guard let canonical = names.first else { continue }
            for name in names {
                for v in variants(name) where d[v] == nil { d[v] = (current, canonical) }
            }
        }
        return d
    }

    /// Lines of `Canonical place|demonym|demonym…`.
    static func demonyms(_ text: String) -> [String: String] {
        var d = [String: String]()
        for line in lines(text) {
            let names = entries(line)
            guard names.count > 1 else { continue }
            for name in names.dropFirst() {
                for v in variants(name) where d[v] == nil { d[v] = names[0] }
            }
        }
        return d
    }

    /// Each entry split at spaces into tokens; duplicates dropped, order kept.
    static func tokenSequences(_ text: String) -> [[String]] {
        var out: [[String]] = []
        var seen = Set<String>()
        for line in lines(text) {
            for entry in entries(line) {
                for v in variants(entry) where !seen.contains(v) {
                    seen.insert(v)
                    out.append(v.split(separator: " ").map(String.init))
                }
            }
        }
        return out
    }
}

// MARK: - Places

private let gazPlaceData: String = """
@country
# UN member states
Afghanistan
Albania
Algeria
Andorra
Angola
Antigua and Barbuda|Antigua
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas|The Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia & Herzegovina|Bosnia
Botswana
Brazil
Brunei|Brunei Darussalam
Bulgaria
Burkina Faso
Burundi
Cape Verde|Cabo Verde
Cambodia
Cameroon
Canada
Central African Republic
Chad
Chile
China|People's Republic of China|PRC|P.R.C.|Mainland China
Colombia
Comoros
Congo|Republic of the Congo|Republic of Congo|Congo-Brazzaville
Costa Rica
Ivory Coast|Côte d'Ivoire|Cote d'Ivoire
Croatia
Cuba
Cyprus
Czech Republic|Czechia
North Korea|DPRK|D.P.R.K.|Democratic People's Republic of Korea
Democratic Republic of the Congo|Democratic Republic of Congo|DRC|D.R.C.|DR Congo|Congo-Kinshasa
Denmark
Djibouti
Dominica
Dominican Republic
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini|Swaziland
Ethiopia
Fiji
Finland
France
Gabon
Gambia|The Gambia
Georgia
Germany
Ghana
Greece
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hungary
Iceland
India
Indonesia
Iran|Islamic Republic of Iran|Islamic Republic|Persia
Iraq
Ireland|Republic of Ireland
Israel
Italy
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Kuwait
Kyrgyzstan|Kyrgyz Republic
Laos|Lao PDR
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Mauritania
Mauritius
Mexico
Micronesia|Federated States of Micronesia
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar|Burma
Namibia
Nauru
Nepal
Netherlands|The Netherlands|Holland
New Zealand
Nicaragua
Niger
Nigeria
North Macedonia|Macedonia
Norway
Oman
Pakistan
Palau
Panama
Papua New Guinea
Paraguay
Peru
Philippines|The Philippines
Poland
Portugal
Qatar
South Korea|Republic of Korea|ROK
Romania
Russia|Russian Federation
Rwanda
Saint Kitts and Nevis|St. Kitts and Nevis|St Kitts and Nevis
Saint Lucia|St. Lucia|St Lucia
Saint Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent and the Grenadines
Samoa
San Marino
São Tomé and Príncipe|Sao Tome and Principe
Saudi Arabia|Kingdom of Saudi Arabia|KSA
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Sudan
Spain
Sri Lanka
Sudan
Suriname|Surinam
Sweden
Switzerland
Syria|Syrian Arab Republic
Tajikistan
Tanzania|United Republic of Tanzania
Thailand
Timor-Leste|East Timor
Togo
Tonga
Trinidad and Tobago|Trinidad & Tobago|Trinidad
Tunisia
Turkey|Türkiye|Turkiye
Turkmenistan
Tuvalu
Uganda
Ukraine
United Arab Emirates|UAE|U.A.E.
United Kingdom|U.K.|UK|Britain|Great Britain
United States|U.S.|US|USA|U.S.A.|America|United States of America
Uruguay
Uzbekistan
Vanuatu
Venezuela
Vietnam|Viet Nam
Yemen
Zambia
Zimbabwe
# Other states, partly recognized states and constituent countries
Taiwan|Republic of China
Palestine|State of Palestine|Palestinian Territories|Palestinian territories|Occupied Palestinian Territories
Kosovo
Vatican City|Vatican|Holy See
Greenland
# Former states
Soviet Union|USSR|U.S.S.R.
Yugoslavia
Czechoslovakia
East Germany
West Germany
Ottoman Empire

@city
# Capitals
Kabul
Tirana
Algiers
Andorra la Vella
Luanda
St. John's|Saint John's
Buenos Aires
Yerevan
Canberra
Vienna
Baku
Nassau
Manama
Dhaka
Bridgetown
Minsk
Brussels
Belmopan
Porto-Novo
Thimphu
Sucre
La Paz
Sarajevo
Gaborone
Brasília|Brasilia
Bandar Seri Begawan
Sofia
Ouagadougou
Gitega
Praia
Phnom Penh
Yaoundé|Yaounde
Ottawa
Bangui
N'Djamena|Ndjamena
Santiago
Beijing
Bogotá|Bogota
Moroni
Brazzaville
San José
Yamoussoukro
Zagreb
Havana
Nicosia
Prague
Pyongyang
Kinshasa
Copenhagen
Roseau
Santo Domingo
Quito
Cairo
San Salvador
Malabo
Asmara
Tallinn
Mbabane
Lobamba
Addis Ababa
Suva
Helsinki
Paris
Libreville
Banjul
Tbilisi
Berlin
Accra
Athens
St. George's|Saint George's
Guatemala City
Conakry
Bissau
Georgetown
Port-au-Prince
Tegucigalpa
Budapest
Reykjavik|Reykjavík
New Delhi
Jakarta
Tehran|Teheran
Baghdad
Dublin
Jerusalem
Rome
Kingston
Tokyo
Amman
Astana|Nur-Sultan
Nairobi
Tarawa|South Tarawa
Kuwait City
Bishkek
Vientiane
Riga
Beirut
Maseru
Monrovia
Tripoli
Vaduz
Vilnius
Antananarivo
Lilongwe
Kuala Lumpur
Putrajaya
Malé
Bamako
Valletta
Majuro
Nouakchott
Port Louis
Mexico City
Palikir
Chisinau|Chișinău
Ulaanbaatar|Ulan Bator
Podgorica
Rabat
Maputo
Naypyidaw|Naypyitaw|Nay Pyi Taw
Windhoek
Yaren
Kathmandu
Amsterdam
The Hague|Hague
Wellington
Managua
Niamey
Abuja
Skopje
Oslo
Muscat
Islamabad
Ngerulmud
Panama City
Port Moresby
Asunción|Asuncion
Lima
Manila
Warsaw
Lisbon
Doha
Seoul
Bucharest
Moscow
Kigali
Basseterre
Castries
Kingstown
Apia
São Tomé|Sao Tome
Riyadh
Dakar
Belgrade
Freetown
Bratislava
Ljubljana
Honiara
Mogadishu
Pretoria
Cape Town
Bloemfontein
Juba
Madrid
Sri Jayawardenepura Kotte|Kotte
Colombo
Khartoum
Paramaribo
Stockholm
Bern|Berne
Damascus
Dushanbe
Dodoma
Bangkok
Dili
Lomé|Lome
Nuku'alofa|Nukuʻalofa
Port of Spain|Port-of-Spain
Tunis
Ankara
Ashgabat
Funafuti
Kampala
Kyiv|Kiev
Abu Dhabi
London
Washington|Washington, D.C.|Washington D.C.|Washington, DC|D.C.|DC|District of Columbia
Montevideo
Tashkent
Port Vila
Caracas
Hanoi
Sanaa|Sana'a
Lusaka
Harare
Taipei
Ramallah
Pristina|Prishtina
Nuuk
Hong Kong
Macau|Macao
San Juan
Edinburgh
Cardiff
Belfast
# United States and Canada
New York|New York City|NYC|N.Y.C.
Los Angeles|L.A.
Chicago
Houston
Phoenix
Philadelphia
San Antonio
San Diego
Dallas
San Jose
San Francisco
Seattle
Denver
Boston
Detroit
Nashville
Memphis
Baltimore
Milwaukee
Atlanta
Miami
Minneapolis
Pittsburgh
Cleveland
Cincinnati
St. Louis|Saint Louis
Kansas City
New Orleans
Las Vegas
Portland
Sacramento
Orlando
Tampa
Jacksonville
Indianapolis
Salt Lake City
Honolulu
Anchorage
Oklahoma City
Albuquerque
Tucson
Raleigh
Richmond
Newark
Buffalo
Fort Worth
El Paso
Oakland
Palo Alto
Cupertino
Mountain View
Menlo Park
Redmond
Hollywood
Brooklyn
Manhattan
Bronx|The Bronx
Dearborn
Annapolis
Arlington
Norfolk
Charleston
Fort Lauderdale
Palm Beach
Cambridge
Toronto
Montreal|Montréal
Vancouver
Calgary
Edmonton
Winnipeg
Quebec City|Québec City
Halifax
# Latin America
Guadalajara
Monterrey
Tijuana
Ciudad Juárez|Ciudad Juarez|Juárez|Juarez
Cancún|Cancun
Acapulco
Culiacán|Culiacan
Puebla
São Paulo|Sao Paulo
Rio de Janeiro|Rio
Belo Horizonte
Recife
Porto Alegre
Manaus
Medellín|Medellin
Cali
Cartagena
Barranquilla
Guayaquil
Valparaíso|Valparaiso
Córdoba|Cordoba
Maracaibo
Cusco|Cuzco
# Europe
Manchester
Liverpool
Glasgow
Birmingham
Leeds
Sheffield
Bristol
Newcastle
Nottingham
Leicester
Southampton
Brighton
Oxford
Aberdeen
Dundee
Salisbury
Dover
Coventry
Cork
Frankfurt
Munich
Hamburg
Cologne
Düsseldorf|Dusseldorf
Stuttgart
Dresden
Leipzig
Bonn
Hanover|Hannover
Nuremberg
Bremen
Geneva
Zurich|Zürich
Basel
Davos
Lausanne
Lyon|Lyons
Marseille|Marseilles
Nice
Toulouse
Bordeaux
Strasbourg
Lille
Nantes
Calais
Cannes
Milan
Naples
Turin
Venice
Genoa
Bologna
Palermo
Barcelona
Valencia
Seville
Bilbao
Málaga|Malaga
Porto
Rotterdam
Antwerp
Gothenburg
Malmö|Malmo
Bergen
Salzburg
Kraków|Krakow|Cracow
Gdańsk|Gdansk
Lviv
Kharkiv|Kharkov
Odesa|Odessa
Dnipro|Dnipropetrovsk
Donetsk
Luhansk|Lugansk
Mariupol
Zaporizhzhia|Zaporizhzhya|Zaporozhye
Kherson
Bakhmut
Avdiivka
Sevastopol
Mykolaiv
Bucha
Chernobyl|Chornobyl
St. Petersburg|Saint Petersburg|St Petersburg
Novosibirsk
Yekaterinburg
Kazan
Sochi
Vladivostok
Murmansk
Kaliningrad
Rostov-on-Don|Rostov
Volgograd
Grozny
Kursk
Belgorod
Istanbul
Izmir
Antalya
Gaziantep
Diyarbakır|Diyarbakir
Adana
Thessaloniki
Srebrenica
# Middle East and North Africa
Aleppo
Homs
Hama
Latakia
Tartus
Idlib
Raqqa|Raqqah
Deir ez-Zor|Deir el-Zour|Deir al-Zour|Deir Ezzor
Daraa|Deraa
Palmyra
Kobani|Kobane
Manbij
Afrin
Qamishli
Mosul
Basra
Kirkuk
Erbil|Irbil
Sulaymaniyah|Sulaimaniyah|Suleimaniyah
Najaf
Karbala
Fallujah|Falluja
Ramadi
Tikrit
Samarra
Nasiriyah
Tel Aviv
Haifa
Eilat
Beersheba|Beer Sheva
Ashkelon
Ashdod
Sderot
Nazareth
Bethlehem
Hebron
Jenin
Nablus
Jericho
Gaza|Gaza City
Khan Younis|Khan Yunis
Rafah
Tyre
Sidon
Baalbek
Jeddah|Jiddah
Mecca|Makkah
Medina
Dammam
Dhahran
Dubai
Sharjah
Isfahan|Esfahan
Shiraz
Mashhad
Tabriz
Qom
Bandar Abbas
Ahvaz|Ahwaz
Natanz
Fordow
Bushehr
Kermanshah
Zahedan
Karaj
Arak
Chabahar
Aden
Hodeidah|Hudaydah
Taiz
Marib
Mukalla
Salalah
Alexandria
Port Said
Suez
Luxor
Aswan
Sharm el-Sheikh|Sharm El-Sheikh|Sharm el Sheikh
Giza
Ismailia
Benghazi
Misrata|Misurata
Sirte
Derna
Tobruk
Sabha
Sfax
Casablanca
Marrakech|Marrakesh
Fez|Fes
Tangier
Oran
# South, Central and East Asia
Kandahar
Herat
Mazar-i-Sharif|Mazar-e-Sharif
Jalalabad
Kunduz
Karachi
Lahore
Peshawar
Quetta
Rawalpindi
Faisalabad
Multan
Mumbai|Bombay
Delhi
Kolkata|Calcutta
Chennai|Madras
Bengaluru|Bangalore
Hyderabad
Ahmedabad
Pune
Jaipur
Lucknow
Srinagar
Amritsar
Chittagong|Chattogram
Almaty
Samarkand
Shanghai
Shenzhen
Guangzhou
Wuhan
Chengdu
Chongqing
Tianjin
Nanjing
Hangzhou
Xi'an|Xian
Harbin
Dalian
Qingdao
Xiamen
Urumqi
Lhasa
Kunming
Suzhou
Osaka
Kyoto
Yokohama
Nagoya
Hiroshima
Nagasaki
Fukushima
Sapporo
Kobe
Busan|Pusan
Incheon
Daegu
Kaohsiung
Ho Chi Minh City|Saigon
Da Nang|Danang
Yangon|Rangoon
Mandalay
Phuket
Chiang Mai
Cebu
Davao
Surabaya
# Sub-Saharan Africa
Lagos
Kano
Ibadan
Port Harcourt
Maiduguri
Johannesburg
Durban
Soweto
Abidjan
Cotonou
Bujumbura
Douala
Dar es Salaam
Mombasa
Goma
Lubumbashi
Bukavu
Timbuktu
Omdurman
El Fasher|El-Fasher
Port Sudan
Bulawayo
Hargeisa
Kismayo
Mekelle
# Oceania
Sydney
Melbourne
Brisbane
Perth
Adelaide
Auckland
Christchurch

@region
# Nations of the United Kingdom
England
Scotland
Wales
Northern Ireland
# US states
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii|Hawai'i
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York State|New York state
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington State|Washington state
West Virginia
Wisconsin
Wyoming
# Canadian provinces and territories
Ontario
Quebec|Québec
British Columbia
Alberta
Manitoba
Saskatchewan
Nova Scotia
New Brunswick
Newfoundland and Labrador|Newfoundland
Prince Edward Island
Yukon
Northwest Territories
Nunavut
# Dependent and disputed territories
Puerto Rico
Guam
American Samoa
Northern Mariana Islands
U.S. Virgin Islands|US Virgin Islands
British Virgin Islands
Bermuda
Cayman Islands
Gibraltar
Falkland Islands|Falklands
Faroe Islands|Faroes
Isle of Man
Guernsey
Aruba
Curaçao|Curacao
Sint Maarten
Anguilla
Montserrat
Turks and Caicos Islands|Turks and Caicos
New Caledonia
French Polynesia
Réunion|Reunion
Martinique
Guadeloupe
French Guiana
Mayotte
Cook Islands
Niue
Chagos Islands
Diego Garcia
Western Sahara
Somaliland
Northern Cyprus|Turkish Republic of Northern Cyprus
Abkhazia
South Ossetia
Transnistria
Nagorno-Karabakh|Karabakh
Guantánamo Bay|Guantanamo Bay|Guantánamo|Guantanamo
# World regions, seas and straits
Europe
Western Europe
Eastern Europe
Central Europe
Northern Europe
Southern Europe
Asia
Africa
North America
South America
Central America
Latin America
Caribbean
Americas
Oceania
Antarctica|Antarctic
Arctic
Eurasia
Western Hemisphere
Middle East|Mideast
Near East
Far East
Arab world
Holy Land
Persian Gulf|Gulf|Arabian Gulf
Gulf of Oman
Gulf of Aden
Gulf of Mexico|Gulf of America
Red Sea
Black Sea
Caspian Sea|Caspian
Mediterranean|Mediterranean Sea
Baltic Sea
Baltics|Baltic States|Baltic states
North Sea
English Channel
South China Sea
East China Sea
Taiwan Strait
Strait of Hormuz|Straits of Hormuz|Hormuz Strait|Hormuz
Bab el-Mandeb|Bab al-Mandab
Strait of Malacca
Bosporus|Bosphorus
Dardanelles
Suez Canal
Panama Canal
Sinai|Sinai Peninsula
Arabian Peninsula
Arabian Sea
Indian Ocean
Atlantic|Atlantic Ocean
Pacific|Pacific Ocean
Levant
Maghreb
North Africa
East Africa
West Africa
Southern Africa
Central Africa
Horn of Africa
Sub-Saharan Africa
Sahel
Sahara
Balkans
Western Balkans
Caucasus
South Caucasus
North Caucasus
Central Asia
South Asia
Southeast Asia
East Asia
Asia-Pacific
Indo-Pacific
Scandinavia
Iberia|Iberian Peninsula
Korea|Korean Peninsula
# Regions within states
Crimea
Donbas|Donbass
Kurdistan
Iraqi Kurdistan|Kurdistan Region
West Bank
Gaza Strip
Golan Heights|Golan
East Jerusalem
Judea and Samaria
Galilee
Negev
Jordan Valley
Shebaa Farms
Kashmir
Jammu and Kashmir
Ladakh
Siberia
Silicon Valley
Tibet
Xinjiang
Inner Mongolia
Chechnya
Dagestan
Tatarstan
Khuzestan
Balochistan|Baluchistan
Sistan and Baluchestan|Sistan-Baluchestan
Punjab
Sindh
Khyber Pakhtunkhwa
Waziristan
Helmand
Tigray
Amhara
Oromia
Darfur
Kordofan
Anbar
Nineveh
Catalonia
Basque Country
Bavaria
Lombardy
Sicily
Sardinia
Corsica
Brittany
Normandy
Provence
Flanders
Wallonia
Tuscany
Andalusia
Transylvania
New South Wales
Queensland
Western Australia
South Australia
Tasmania
Northern Territory
Guangdong
Fujian
Zhejiang
Jiangsu
Sichuan
Hubei
Hunan
Henan
Hebei
Shandong
Yunnan
Hainan
Uttar Pradesh
Maharashtra
Bihar
West Bengal
Tamil Nadu
Kerala
Karnataka
Gujarat
Rajasthan
Assam
Manipur
Okinawa
Hokkaido
Bali
Mindanao
Aceh
Zanzibar
Sinaloa
Jalisco
Chihuahua
Michoacán|Michoacan
Tamaulipas
Kuril Islands|Kurils
Spratly Islands|Spratlys
Paracel Islands
Senkaku Islands
Scarborough Shoal
"""

// MARK: - Demonyms

private let gazDemonymData: String = """
# Canonical place|demonyms and adjectives
Afghanistan|Afghan|Afghans
Albania|Albanian|Albanians
Algeria|Algerian|Algerians
Andorra|Andorran|Andorrans
Angola|Angolan|Angolans
Antigua and Barbuda|Antiguan|Antiguans|Barbudan|Barbudans
Argentina|Argentine|Argentines|Argentinian|Argentinians|Argentinean|Argentineans
Armenia|Armenian|Armenians
Australia|Australian|Australians|Aussie|Aussies
Austria|Austrian|Austrians
Azerbaijan|Azerbaijani|Azerbaijanis|Azeri|Azeris
Bahamas|Bahamian|Bahamians
Bahrain|Bahraini|Bahrainis
Bangladesh|Bangladeshi|Bangladeshis
Barbados|Barbadian|Barbadians|Bajan|Bajans
Belarus|Belarusian|Belarusians|Belarussian|Belarussians
Belgium|Belgian|Belgians
Belize|Belizean|Belizeans
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian|Bolivians
Bosnia and Herzegovina|Bosnian|Bosnians|Herzegovinian|Herzegovinians
Botswana|Motswana|Batswana|Botswanan
Brazil|Brazilian|Brazilians
Brunei|Bruneian|Bruneians
Bulgaria|Bulgarian|Bulgarians
Burkina Faso|Burkinabe|Burkinabè
Burundi|Burundian|Burundians
Cape Verde|Cape Verdean|Cape Verdeans
Cambodia|Cambodian|Cambodians
Cameroon|Cameroonian|Cameroonians
Canada|Canadian|Canadians
Chad|Chadian|Chadians
Chile|Chilean|Chileans
China|Chinese
Colombia|Colombian|Colombians
Comoros|Comorian|Comorians
Democratic Republic of the Congo|Congolese
Costa Rica|Costa Rican|Costa Ricans
Ivory Coast|Ivorian|Ivorians
Croatia|Croatian|Croatians|Croat|Croats
Cuba|Cuban|Cubans
Cyprus|Cypriot|Cypriots
Czech Republic|Czech|Czechs
North Korea|North Korean|North Koreans
Denmark|Danish|Dane|Danes
Djibouti|Djiboutian|Djiboutians
Dominican Republic|Dominican|Dominicans
Ecuador|Ecuadorian|Ecuadorians|Ecuadorean|Ecuadoreans
Egypt|Egyptian|Egyptians
El Salvador|Salvadoran|Salvadorans|Salvadorean|Salvadoreans
Equatorial Guinea|Equatoguinean|Equatoguineans|Equatorial Guinean|Equatorial Guineans
Eritrea|Eritrean|Eritreans
Estonia|Estonian|Estonians
Eswatini|Swazi|Swazis
Ethiopia|Ethiopian|Ethiopians
Fiji|Fijian|Fijians
Finland|Finnish|Finn|Finns
France|French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen
Gabon|Gabonese
Gambia|Gambian|Gambians
Georgia|Georgian|Georgians
Germany|German|Germans
Ghana|Ghanaian|Ghanaians
Greece|Greek|Greeks
Grenada|Grenadian|Grenadians
Guatemala|Guatemalan|Guatemalans
Guinea|Guinean|Guineans
Guinea-Bissau|Bissau-Guinean|Bissau-Guineans
Guyana|Guyanese
Haiti|Haitian|Haitians
Honduras|Honduran|Hondurans
Hungary|Hungarian|Hungarians
Iceland|Icelandic|Icelander|Icelanders
India|Indian|Indians
Indonesia|Indonesian|Indonesians
Iran|Iranian|Iranians|Persian|Persians
Iraq|Iraqi|Iraqis
Ireland|Irish|Irishman|Irishmen|Irishwoman|Irishwomen
Israel|Israeli|Israelis
Italy|Italian|Italians
Jamaica|Jamaican|Jamaicans
Japan|Japanese
Jordan|Jordanian|Jordanians
Kazakhstan|Kazakh|Kazakhs|Kazakhstani|Kazakhstanis
Kenya|Kenyan|Kenyans
Kiribati|I-Kiribati
Kuwait|Kuwaiti|Kuwaitis
Kyrgyzstan|Kyrgyz|Kyrgyzstani|Kyrgyzstanis
Laos|Laotian|Laotians|Lao
Latvia|Latvian|Latvians
Lebanon|Lebanese
Lesotho|Basotho|Mosotho
Liberia|Liberian|Liberians
Libya|Libyan|Libyans
Liechtenstein|Liechtensteiner|Liechtensteiners
Lithuania|Lithuanian|Lithuanians
Luxembourg|Luxembourger|Luxembourgers|Luxembourgish
Madagascar|Malagasy
Malawi|Malawian|Malawians
Malaysia|Malaysian|Malaysians
Maldives|Maldivian|Maldivians
Mali|Malian|Malians
Malta|Maltese
Marshall Islands|Marshallese
Mauritania|Mauritanian|Mauritanians
Mauritius|Mauritian|Mauritians
Mexico|Mexican|Mexicans
Micronesia|Micronesian|Micronesians
Moldova|Moldovan|Moldovans
Monaco|Monegasque|Monégasque|Monegasques
Mongolia|Mongolian|Mongolians
Montenegro|Montenegrin|Montenegrins
Morocco|Moroccan|Moroccans
Mozambique|Mozambican|Mozambicans
Myanmar|Burmese
Namibia|Namibian|Namibians
Nauru|Nauruan|Nauruans
Nepal|Nepali|Nepalis|Nepalese
Netherlands|Dutch|Dutchman|Dutchmen|Dutchwoman|Dutchwomen
New Zealand|New Zealander|New Zealanders
Nicaragua|Nicaraguan|Nicaraguans
Niger|Nigerien|Nigeriens
Nigeria|Nigerian|Nigerians
North Macedonia|Macedonian|Macedonians|North Macedonian|North Macedonians
Norway|Norwegian|Norwegians
Oman|Omani|Omanis
Pakistan|Pakistani|Pakistanis
Palau|Palauan|Palauans
Panama|Panamanian|Panamanians
Papua New Guinea|Papua New Guinean|Papua New Guineans
Paraguay|Paraguayan|Paraguayans
Peru|Peruvian|Peruvians
Philippines|Filipino|Filipinos|Filipina|Filipinas|Philippine
Poland|Polish|Pole|Poles
Portugal|Portuguese
Qatar|Qatari|Qataris
South Korea|South Korean|South Koreans
Romania|Romanian|Romanians
Russia|Russian|Russians
Rwanda|Rwandan|Rwandans
Saint Kitts and Nevis|Kittitian|Kittitians|Nevisian|Nevisians
Saint Lucia|Saint Lucian|Saint Lucians|St. Lucian|St. Lucians
Saint Vincent and the Grenadines|Vincentian|Vincentians
Samoa|Samoan|Samoans
San Marino|Sammarinese
São Tomé and Príncipe|Santomean|Santomeans
Saudi Arabia|Saudi|Saudis|Saudi Arabian|Saudi Arabians
Senegal|Senegalese
Serbia|Serbian|Serbians|Serb|Serbs
Seychelles|Seychellois
Sierra Leone|Sierra Leonean|Sierra Leoneans
Singapore|Singaporean|Singaporeans
Slovakia|Slovak|Slovaks|Slovakian|Slovakians
Slovenia|Slovenian|Slovenians|Slovene|Slovenes
Solomon Islands|Solomon Islander|Solomon Islanders
Somalia|Somali|Somalis|Somalian|Somalians
South Africa|South African|South Africans
South Sudan|South Sudanese
Spain|Spanish|Spaniard|Spaniards
Sri Lanka|Sri Lankan|Sri Lankans
Sudan|Sudanese
Suriname|Surinamese
Sweden|Swedish|Swede|Swedes
Switzerland|Swiss
Syria|Syrian|Syrians
Tajikistan|Tajik|Tajiks|Tajikistani|Tajikistanis
Tanzania|Tanzanian|Tanzanians
Thailand|Thai|Thais
Timor-Leste|Timorese|East Timorese
Togo|Togolese
Tonga|Tongan|Tongans
Trinidad and Tobago|Trinidadian|Trinidadians|Tobagonian|Tobagonians
Tunisia|Tunisian|Tunisians
Turkey|Turkish|Turk|Turks
Turkmenistan|Turkmen|Turkmens
Tuvalu|Tuvaluan|Tuvaluans
Uganda|Ugandan|Ugandans
Ukraine|Ukrainian|Ukrainians
United Arab Emirates|Emirati|Emiratis
United Kingdom|British|Briton|Britons|Brit|Brits
United States|American|Americans
Uruguay|Uruguayan|Uruguayans
Uzbekistan|Uzbek|Uzbeks|Uzbekistani|Uzbekistanis
Vanuatu|Ni-Vanuatu
Venezuela|Venezuelan|Venezuelans
Vietnam|Vietnamese
Yemen|Yemeni|Yemenis
Zambia|Zambian|Zambians
Zimbabwe|Zimbabwean|Zimbabweans
Taiwan|Taiwanese
Palestine|Palestinian|Palestinians
Kosovo|Kosovar|Kosovars|Kosovan|Kosovans
Greenland|Greenlandic|Greenlander|Greenlanders
Hong Kong|Hongkonger|Hongkongers|Hong Konger|Hong Kongers
Macau|Macanese
Puerto Rico|Puerto Rican|Puerto Ricans
Soviet Union|Soviet|Soviets
Yugoslavia|Yugoslav|Yugoslavs|Yugoslavian|Yugoslavians
Czechoslovakia|Czechoslovak|Czechoslovaks|Czechoslovakian
East Germany|East German|East Germans
West Germany|West German|West Germans
Ottoman Empire|Ottoman|Ottomans
# UK nations
England|English|Englishman|Englishmen|Englishwoman|Englishwomen
Scotland|Scottish|Scot|Scots|Scotsman|Scotsmen|Scotswoman|Scotswomen
Wales|Welsh|Welshman|Welshmen|Welshwoman|Welshwomen
Northern Ireland|Northern Irish
# World regions
Europe|European|Europeans
Western Europe|Western European|Western Europeans
Eastern Europe|Eastern European|Eastern Europeans
Central Europe|Central European|Central Europeans
Asia|Asian|Asians
Africa|African|Africans
North America|North American|North Americans
South America|South American|South Americans
Central America|Central American|Central Americans
Latin America|Latin American|Latin Americans
Middle East|Middle Eastern
North Africa|North African|North Africans
West Africa|West African|West Africans
East Africa|East African|East Africans
Sub-Saharan Africa|Sub-Saharan
Southeast Asia|Southeast Asian|Southeast Asians
South Asia|South Asian|South Asians
East Asia|East Asian|East Asians
Central Asia|Central Asian|Central Asians
Arab world|Arab|Arabs
Korea|Korean|Koreans
Scandinavia|Scandinavian|Scandinavians
Balkans|Balkan
Levant|Levantine
Maghreb|Maghrebi
Sahel|Sahelian
Iberia|Iberian
# Regions within states
Kurdistan|Kurdish|Kurd|Kurds
Crimea|Crimean|Crimeans
Chechnya|Chechen|Chechens
Dagestan|Dagestani|Dagestanis
Siberia|Siberian|Siberians
Kashmir|Kashmiri|Kashmiris
Tibet|Tibetan|Tibetans
Balochistan|Baloch|Baluch|Balochi
Punjab|Punjabi|Punjabis
Sindh|Sindhi|Sindhis
Gaza|Gazan|Gazans
Catalonia|Catalan|Catalans
Basque Country|Basque|Basques
Bavaria|Bavarian|Bavarians
Sicily|Sicilian|Sicilians
Sardinia|Sardinian|Sardinians
Corsica|Corsican|Corsicans
Flanders|Flemish
Wallonia|Walloon|Walloons
Tuscany|Tuscan|Tuscans
Andalusia|Andalusian|Andalusians
Texas|Texan|Texans
California|Californian|Californians
Florida|Floridian|Floridians
Hawaii|Hawaiian|Hawaiians
Alaska|Alaskan|Alaskans
Quebec|Quebecer|Quebecers|Quebecker|Quebeckers|Québécois|Quebecois
Ontario|Ontarian|Ontarians
Alberta|Albertan|Albertans
# Cities
London|Londoner|Londoners
Paris|Parisian|Parisians
Moscow|Muscovite|Muscovites
Berlin|Berliner|Berliners
Venice|Venetian|Venetians
Naples|Neapolitan|Neapolitans
Milan|Milanese
Vienna|Viennese
Boston|Bostonian|Bostonians
Los Angeles|Angeleno|Angelenos
Manchester|Mancunian|Mancunians
Liverpool|Liverpudlian|Liverpudlians
Glasgow|Glaswegian|Glaswegians
Dublin|Dubliner|Dubliners
# Religious, ethnic and regional adjectives: they describe, they are not entities
Shia Islam|Shiite|Shiites|Shia|Shi'ite|Shi'ites
Sunni Islam|Sunni|Sunnis
Arabia|Arabian|Arabians
Islam|Muslim|Muslims
Christianity|Christian|Christians
Judaism|Jewish|Jews
Catholicism|Catholic|Catholics
Protestantism|Protestant|Protestants
Hinduism|Hindu|Hindus
Buddhism|Buddhist|Buddhists
the West|Western|Westerners
the East|Eastern
"""

// MARK: - Titles

private let gazTitleData: String = """
# Military ranks
Gen.|Gen|General|Gens.
Maj.|Maj|Major
Maj. Gen.|Maj.-Gen.|Maj Gen|Major General|Major-General
Lt.|Lt|Lieut.|Lieutenant
Lt. Gen.|Lt.-Gen.|Lt Gen|Lieutenant General|Lieutenant-General
Lt. Col.|Lt.-Col.|Lt Col|Lieutenant Colonel|Lieutenant-Colonel
Lt. Cmdr.|Lt. Cdr.|Lieutenant Commander
First Lt.|First Lieutenant|Second Lt.|Second Lieutenant|2nd Lt.|1st Lt.
Col.|Col|Colonel
Brig.|Brig|Brigadier
Brig. Gen.|Brig.-Gen.|Brig Gen|Brigadier General|Brigadier-General
Adm.|Adm|Admiral
Vice Adm.|Vice Admiral|Rear Adm.|Rear Admiral|Fleet Admiral
Sgt.|Sgt|Sergeant
Staff Sgt.|Staff Sergeant|Master Sgt.|Master Sergeant|Sgt. Maj.|Sergeant Major
First Sgt.|First Sergeant|Command Sgt. Maj.|Command Sergeant Major|Gunnery Sgt.|Gunnery Sergeant
Capt.|Capt|Captain
Cmdr.|Cmdr|Cdr.|Cdr|Commander
Commander-in-Chief|Commander in Chief
Cpl.|Cpl|Corporal|Lance Cpl.|Lance Corporal
Pvt.|Pvt|Private|Pfc.|Private First Class
Spc.|Specialist
Ens.|Ensign
Field Marshal|Marshal|Air Marshal|Air Chief Marshal|Air Vice Marshal|Air Vice-Marshal
Commodore|Warrant Officer
Chief of Staff|Chief of General Staff|Chief of the General Staff|Chief of Defence Staff|Chief of Defense Staff
# Police and security
Officer|Police Officer|Detective|Det.|Sheriff|Deputy Sheriff|Inspector|Insp.|Chief Inspector|Detective Inspector|Det. Insp.|Superintendent|Supt.|Chief Superintendent|Constable|Chief Constable|Police Chief|Police Commissioner|Trooper|Agent|Special Agent
# Heads of state and government
President|Pres.|Vice President|Vice-President|President-elect|President-Elect|Vice President-elect
Acting President|Interim President|Former President|Former Vice President
Prime Minister|Deputy Prime Minister|Acting Prime Minister|Interim Prime Minister|Former Prime Minister|Prime Minister-designate
Premier|Vice Premier|Chief Minister|First Minister|Deputy First Minister
Chancellor|Vice Chancellor|Vice-Chancellor
First Lady|Supreme Leader|Leader|Opposition Leader
# Ministers and secretaries
Minister|Deputy Minister|Minister of State|Junior Minister
Foreign Minister|Deputy Foreign Minister|Defense Minister|Defence Minister|Interior Minister|Home Minister|Finance Minister|Oil Minister|Petroleum Minister|Energy Minister|Economy Minister|Trade Minister|Health Minister|Justice Minister|Intelligence Minister|Education Minister|Culture Minister|Agriculture Minister|Transport Minister|Industry Minister|Information Minister|Labor Minister|Labour Minister|Communications Minister|Environment Minister|Security Minister|Heritage Minister|Tourism Minister|Housing Minister|Immigration Minister
Secretary|Deputy Secretary|Assistant Secretary|Undersecretary|Under Secretary|Permanent Secretary|Cabinet Secretary
Secretary of State|Secretary of Defense|Secretary of War|Secretary of the Treasury|Secretary of Homeland Security|Secretary of Energy|Secretary of Commerce|Secretary of Health|Secretary of Labor|Secretary of the Interior|Secretary of the Navy|Secretary of the Army|Secretary of the Air Force|Secretary of Agriculture|Secretary of Education|Secretary of Transportation
Defense Secretary|Defence Secretary|War Secretary|Foreign Secretary|Home Secretary|Treasury Secretary|Commerce Secretary|Energy Secretary|Homeland Security Secretary|Health Secretary|Health and Human Services Secretary|Labor Secretary|Interior Secretary|Education Secretary|Transportation Secretary|Agriculture Secretary|Navy Secretary|Army Secretary|Air Force Secretary|Culture Secretary|Business Secretary|Business Secretary|Justice Secretary|Northern Ireland Secretary|Scottish Secretary|Welsh Secretary|Press Secretary|White House Press Secretary
Secretary-General|Secretary General|Deputy Secretary-General|UN Secretary-General|U.N. Secretary-General|NATO Secretary-General|General Secretary
Attorney General|Attorney-General|Atty. Gen.|Deputy Attorney General|Assistant Attorney General|Solicitor General|Surgeon General|Inspector General|Comptroller|Auditor General|Treasurer|National Security Adviser|National Security Advisor|Special Counsel|Counsel
# Legislators and local officials
Sen.|Sen|Senator|State Sen.|State Senator
Rep.|Rep|Representative|State Rep.|State Representative
Congressman|Congresswoman|Assemblyman|Assemblywoman|Assemblymember|Delegate|Del.
Councilman|Councilwoman|Councilmember|Councillor|Councilor|Alderman|Alderwoman|MP|M.P.|MEP|Deputy
Speaker|Deputy Speaker|House Speaker|Parliament Speaker
Majority Leader|Minority Leader|Senate Majority Leader|Senate Minority Leader|House Majority Leader|House Minority Leader|Majority Whip|Minority Whip
Gov.|Gov|Governor|Lt. Gov.|Lieutenant Governor|Governor-General|Governor General
Mayor|Deputy Mayor|Lord Mayor|Acting Mayor|Mayor-elect
# Royalty and nobility
King|Queen|Queen Mother|Prince|Princess|Crown Prince|Crown Princess|Emperor|Empress
Emir|Sultan|Sheikh|Sheik|Shaikh|Sheikha|Caliph
Duke|Duchess|Earl|Countess|Viscount|Viscountess|Marquess|Baron|Baroness|Lord|Lady|Sir|Dame
# Organizations, business, diplomacy, law
Chairman|Chairwoman|Chairperson|Chair|Vice Chairman|Vice Chair|Vice-Chairman|Co-Chairman|Co-Chair
Chief|Chief Executive|Chief Executive Officer|CEO|Chief Operating Officer|COO|Chief Financial Officer|CFO|Chief Technology Officer|CTO|Chief Economist|Chief Strategist|Chief Scientist|Chief Prosecutor|Chief of Police
Director|Director-General|Director General|Deputy Director|Executive Director|Managing Director|Deputy Director-General|Director of National Intelligence
President and CEO|Founder|Co-founder|Co-Founder
Ambassador|Amb.|Envoy|Special Envoy|Special Representative|Special Rapporteur|High Representative|Consul|Consul General|Consul-General|Charge d'Affaires|Chargé d'Affaires
Judge|Justice|Chief Justice|Associate Justice|Magistrate|District Judge|Federal Judge|Prosecutor|District Attorney|U.S. Attorney
Commissioner|High Commissioner|Deputy Commissioner|European Commissioner|EU Commissioner
Spokesman|Spokeswoman|Spokesperson
Coach|Head Coach
# Religious
Ayatollah|Grand Ayatollah|Hojatoleslam|Hojjatoleslam|Hojatolislam
Pope|Imam|Rabbi|Chief Rabbi|Rev.|Rev|Reverend|The Rev.|The Reverend|Very Rev.|Most Rev.|Right Rev.
Father|Fr.|Cardinal|Archbishop|Bishop|Patriarch|Pastor|Deacon|Msgr.|Monsignor
Mullah|Mufti|Grand Mufti|Maulana|Mawlana|Sayyed|Sayyid|Sayed|Seyed|Seyyed|Haji|Hajji
# Honorifics
Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Mx.|Messrs.|Mmes.
Dr.|Dr|Doctor|Prof.|Prof|Professor|Assistant Professor|Associate Professor
Hon.|Honorable|Honourable|The Hon.|Rt. Hon.|Right Honourable|Right Honorable
Mme.|Mme|Madame|Mlle.|Monsieur|Herr|Frau|Señor|Señora|Sra.
"""

// MARK: - Calendar

private let gazWeekdayData: String = """
Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
Mon.|Tue.|Tues.|Wed.|Thu.|Thur.|Thurs.|Fri.|Sat.|Sun.
Mon|Tue|Tues|Thu|Thur|Thurs|Fri
"""

private let gazMonthData: String = """
January|February|March|April|May|June|July|August|September|October|November|December
Jan.|Feb.|Mar.|Apr.|Jun.|Jul.|Aug.|Sept.|Sep.|Oct.|Nov.|Dec.
Feb|Mar|Apr|Jul|Aug|Sept|Sep|Oct|Nov|Dec
"""

// MARK: - Sentence-start words

private let gazCommonCapitalizedData: String = """
# Articles, determiners and quantifiers
The|A|An|This|That|These|Those|Some|Many|Most|Several|Such|Other|Others|Another|Every|Each
No|Not|Yes|All|Any|Few|Fewer|More|Less|Least|Much|Very|Both|Neither|Either|None|Nothing
Everything|Something|Anything|Everyone|Everybody|Someone|Somebody|Anyone|Anybody|Nobody
Plenty|Lots|Half|Enough|Same|Certain|Various|Numerous|Multiple|Whole|Entire
One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Hundred|Thousand|Million|Billion
Hundreds|Thousands|Dozens|Millions|Billions|Scores|Tens|Dozen
# Pronouns and question words
I|You|He|She|It|We|They|Me|Him|Her|Us|Them|My|Your|His|Its|Our|Their
Mine|Yours|Hers|Ours|Theirs|Myself|Yourself|Himself|Herself|Itself|Ourselves|Themselves
Who|Whom|Whose|What|Which|Whatever|Whoever|Whichever|Wherever|Whenever|However|Why|How|Where|When|Whether
# Prepositions and conjunctions
In|On|At|As|After|Before|Despite|During|Under|Over|Among|Amid|Amidst|With|Without|Within
For|From|To|By|Of|About|Against|Between|Through|Throughout|Into|Onto|Upon|Until|Till
Unlike|Like|Once|Since|Toward|Towards|Across|Along|Alongside|Around|Behind|Below|Beneath
Beside|Besides|Beyond|Near|Off|Out|Outside|Inside|Past|Per|Via|Up|Down|Above|Following
Regarding|Concerning|Including|Excluding|Except|Versus|Plus|Minus|Ahead|Atop|Barring|Pending
Unless|Whereas|Although|Though|Even|Only|Just|If|While|Whilst|And|But|Or|Nor|So|Yet|Because
Than|Then|There|Here|Now|Thus|Hence|Therefore|Accordingly|Consequently|Whereby
# Sentence adverbs and discourse words
Nonetheless|Nevertheless|Notwithstanding|Meanwhile|Meantime|Still|Also|Moreover|Furthermore
Additionally|Instead|Otherwise|Indeed|Perhaps|Maybe|Probably|Possibly|Certainly|Clearly
Obviously|Apparently|Evidently|Reportedly|Allegedly|Ultimately|Eventually|Finally|Firstly
Secondly|Thirdly|Lastly|Initially|Originally|Previously|Recently|Currently|Traditionally
Historically|Typically|Usually|Often|Sometimes|Rarely|Never|Always|Already|Again|Soon
Later|Earlier|Today|Tonight|Yesterday|Tomorrow|Last|Next|Overall|Altogether|Likewise
Similarly|Alternatively|Specifically|Notably|Importantly|Crucially|Interestingly|Surprisingly
Unfortunately|Fortunately|Sadly|Hopefully|Admittedly|Arguably|Frankly|Honestly|Basically
Essentially|Generally|Particularly|Especially|Mostly|Largely|Partly|Nearly|Almost|Roughly
Approximately|Separately|Together|Elsewhere|Overseas|Abroad|Publicly|Privately|Officially
Simultaneously|Subsequently|Thereafter|Afterward|Afterwards|Beforehand|Shortly|Briefly
Immediately|Quickly|Slowly|Suddenly|Gradually|Increasingly|Rather|Quite|Too|Well|Ever
Worse|Better|Best|Worst|Oh|OK|Okay|Thanks|Thank|Sorry|Anyway|Besides|Nowadays|Recently
Former|Current|Senior|Top|Key|Local|Regional|Several|Various|Fellow|Dear
# Verbs and forms that often open sentences
Asked|Told|Speaking|Writing|Reporting|Editing|Additional|Updated|Posted|Published|Share|Follow
Subscribe|Sign|Please|Let|Read|Watch|Click|See|Look|Listen|Consider|Imagine|Remember|Note
Take|Make|Get|Go|Come|Keep|Give|Find|Think|Say|Says|Do|Does|Did|Done|Is|Are|Was|Were|Be
Been|Being|Has|Have|Had|Having|Can|Could|Should|Would|Must|Might|Shall|Need|Needs|Given
Based|Compared|Faced|Pressed|Contacted|Reached|Responding|Referring|Commenting|Announcing
Explaining|Citing|Describing|Addressing|Calling|Noting|Adding|Saying|Arguing|Looking|Going
Getting|Making|Taking|Using|Trying|Seeking|Working|Living|Born|Known|Founded|Established
Located|Headquartered|Dubbed|Called|Named|Titled|Meet|Inside|Beyond|Behind|Breaking
According|Asked|Let's|Here's|There's|It's|That's|What's|Who's|Where's|How's|Don't|Doesn't
Didn't|Isn't|Aren't|Wasn't|Weren't|Can't|Couldn't|Won't|Wouldn't|Shouldn't|Haven't|Hasn't
Hadn't|I'm|I've|I'd|I'll|We're|We've|We'll|They're|They've|They'll|You're|You've|He's|She's
Mr|Mrs|Ms
# Page furniture
Photo|Photos|Image|Images|Video|Videos|Audio|Graphic|Graphics|Credit|Caption|File|Copyright
Source|Sources|Advertisement|Sponsored|Related|Recommended|Trending|Latest|Live|Topics|Tags
Newsletter|Menu|Home|Search|Login|Log|Register|Close|Continue|Skip|Loading|Download|Print
Email|Comments|Comment|Tweet|Show|Hide|View|Views|Back|Previous|Exclusive|Analysis|Opinion
Editorial|Update|Correction|Explainer|Explained|Timeline|Factbox|Obituary|Letters|Podcast
Contributing|Reported|Edited|Written|Additional|Disclaimer|Terms|Privacy|Cookies|Accept
# People and things that often open news sentences
Officials|Reports|Police|Analysts|Critics|Supporters|Opponents|Residents|Witnesses|Experts
Lawmakers|Legislators|Investigators|Prosecutors|Authorities|Diplomats|Observers|Protesters
Demonstrators|Activists|Rebels|Militants|Fighters|Troops|Soldiers|Forces|Civilians|Citizens
Voters|Workers|Employees|Students|Teachers|Doctors|Nurses|Patients|Victims|Survivors
Families|Relatives|Children|Women|Men|People|Parents|Leaders|Members|Officers|Agents
Scientists|Researchers|Economists|Investors|Traders|Markets|Stocks|Shares|Prices|Sales
Profits|Revenue|Earnings|Data|Figures|Numbers|Results|Estimates|Polls|Surveys|Studies
Documents|Records|Emails|Messages|Pictures|Footage|Statements|Questions|Answers|Concerns
Fears|Tensions|Negotiations|Efforts|Plans|Details|Conditions|Sanctions|Tariffs|Strikes
Airstrikes|Missiles|Drones|Rockets|Weapons|Bombs|Explosions|Clashes|Demonstrations
Negotiators|Mediators|Crowds|Years|Months|Weeks|Days|Hours|Minutes|Decades|Centuries
Deaths|Casualties|Damage|Government|Military|Intelligence|Officers|Commanders|Sources
Insiders|Aides|Advisers|Advisors|Staff|Staffers|Employers|Consumers|Customers|Users
Companies|Firms|Banks|Businesses|Countries|Nations|States|Cities|Governments|Ministers
Many|Things|Everything|Nobody|Somewhere|Anywhere|Everywhere|Nowhere|Yet
"""

// MARK: - Abbreviations

private let gazAbbreviationData: String = """
St.|Mt.|Mts.|Ft.|Pt.|No.|Nos.|Co.|Cos.|Corp.|Inc.|Ltd.|Bros.|Jr.|Sr.|vs.|v.|approx.|est.
etc.|e.g.|i.e.|cf.|al.|ca.|Dept.|Univ.|Assn.|Ave.|Blvd.|Rd.|Sq.|Hwy.|Fig.|Vol.|Op.
a.m.|p.m.|U.S.|U.N.|U.K.|E.U.|D.C.|U.S.A.|U.A.E.|U.S.S.R.|N.Y.|L.A.|Ph.D.|M.D.|B.A.|M.A.
"""

private let gazMayEndSentenceData: String = """
Inc.|Co.|Cos.|Corp.|Ltd.|Bros.|Jr.|Sr.|U.S.|U.K.|U.N.|D.C.|E.U.|U.S.A.|U.A.E.|U.S.S.R.
etc.|al.|a.m.|p.m.|Ph.D.|M.D.|Ave.|Blvd.|Rd.|Hwy.|N.Y.|L.A.
# US state abbreviations (AP style)
Ala.|Ariz.|Ark.|Calif.|Colo.|Conn.|Del.|Fla.|Ga.|Ill.|Ind.|Kan.|Ky.|La.|Md.|Mass.|Mich.
Minn.|Miss.|Mo.|Mont.|Neb.|Nev.|N.H.|N.J.|N.M.|N.C.|N.D.|Okla.|Ore.|Pa.|R.I.|S.C.|S.D.
Tenn.|Tex.|Vt.|Va.|Wash.|W.Va.|Wis.|Wyo.
"""

// MARK: - Organizations

private let gazOrganizationHeadData: String = """
# Government and military
Force|Forces|Corps|Guard|Guards|Navy|Army|Police|Command|Fleet|Squadron|Brigade|Brigades
Battalion|Division|Regiment|Militia|Militias|Council|Committee|Commission|Agency|Ministry
Department|Office|Bureau|Service|Services|Authority|Board|Secretariat|Directorate|Inspectorate
Administration|Government|Presidency|Cabinet|Parliament|Assembly|Senate|Congress|Court
Tribunal|Embassy|Consulate|Mission|Delegation|Caucus|Headquarters|Staff|Reserve|Treasury
# Parties and movements
Party|Front|Movement|Alliance|Coalition|Brotherhood|Network|Cartel|League|Union
Federation|Association|Organization|Organisation|Society|Foundation|Institute|Institution
Initiative|Project|Watch|International|Fund|Trust|Club|FC|Academy|Observatory|Church
# Education and health
University|College|School|Hospital|Clinic|Center|Centre|Lab|Labs|Laboratory|Laboratories
# Business
Bank|Company|Co.|Corp.|Corporation|Inc.|Ltd.|LLC|LLP|plc|PLC|AG|SA|S.A.|GmbH|NV|N.V.|SpA
Group|Holdings|Holding|Partners|Capital|Ventures|Investments|Securities|Insurance|Exchange
Airlines|Airways|Aviation|Aerospace|Motors|Motor|Automotive|Pharmaceuticals|Pharma
Therapeutics|Energy|Oil|Gas|Petroleum|Power|Electric|Utilities|Telecom|Telecommunications
Communications|Technologies|Technology|Systems|Software|Industries|Enterprises|Logistics
Shipping|Railways|Railroad|Mining|Resources|Minerals|Steel|Chemicals|Foods|Brands|Stores
# Media
Media|Press|Broadcasting|Television|TV|Radio|News|Journal|Times|Post|Herald|Tribune
Gazette|Telegraph|Chronicle|Monitor|Magazine|Review|Channel|Studios|Studio|Records
Publishing|Publishers|Entertainment|Pictures
"""

private let gazOrganizationStartData: String = """
Ministry|Department|Bank|University|Institute|Office|Council|Committee|Commission|Federation
Association|Board|Court|Agency|Union|League|Party|Church|Embassy|Organization|Organisation
Bureau|Directorate|Secretariat|Chamber|Academy|College|Society|Center|Centre|Foundation
Coalition|Alliance|Movement|Front|Assembly
"""

// MARK: - Documents

private let gazDocumentHeadData: String = """
Resolution|Act|Treaty|Agreement|Accord|Accords|Report|Convention|Protocol|Charter|Bill
Directive|Declaration|Constitution|Amendment|Memorandum|Plan|Code|Law|Statute|Manifesto
Communiqué|Communique|Decree|Order|Ordinance|Regulation|Regulations|Rules|Guidelines
Doctrine|Papers|Paper|Files|Memo|Dossier|Budget|Strategy|Pact|Compact|Covenant|Framework
Mandate|Proclamation|Edict|Fatwa|Estimate|Assessment
"""

private let gazDocumentStartData: String = """
Resolution|Article|Chapter|Section|Executive Order|Title|Paragraph|Annex|Appendix|Clause
Treaty|Convention|Protocol|Declaration|Charter|Agreement|Statute|Code|Memorandum
"""

// MARK: - Events

private let gazEventHeadData: String = """
War|Wars|Election|Elections|Referendum|Summit|Conference|Olympics|Paralympics|Games|Cup
Championship|Championships|Open|Prix|Marathon|Festival|Revolution|Uprising|Crisis|Massacre
Attack|Attacks|Bombing|Bombings|Invasion|Occupation|Siege|Offensive|Spring|Protests|Riots
Trial|Talks|Forum|Expo|Week|Day|Intifada|Holocaust|Genocide|Coup|Rebellion|Insurgency
Blockade|Airlift|Raid|Disaster|Earthquake|Tsunami|Pandemic|Epidemic|Outbreak|Famine|Floods
Shooting|Assassination|Incident|Affair|Scandal|Negotiations|Dialogue|Rally|Parade|Ceremony
Inauguration|Coronation|Funeral|Jubilee|Awards|Oscars|Grammys|Emmys|Series|Bowl|Derby
Tournament|Eve|Conflict|Campaign|Caucuses|Primary|Primaries|Debate|Hearing|Hearings
Inquiry|Standoff|Crusade|Evacuation
"""

private let gazEventStartData: String = """
Operation|Battle|Siege|Hurricane|Typhoon|Cyclone|Storm|Tour|Festival|Feast|Massacre|Summit
Conference|Expo
"""

// MARK: - Works

private let gazWorkCueData: String = """
film|films|movie|movies|documentary|documentaries|book|books|novel|novels|novella|memoir
memoirs|biography|autobiography|song|songs|album|albums|single|track|show|shows|series
miniseries|sitcom|drama|thriller|comedy|cartoon|anime|manga|comic|episode|trilogy|sequel
game|games|play|plays|musical|opera|ballet|symphony|painting|paintings|sculpture|mural
portrait|photograph|poem|poems|anthology|podcast|article|essay|essays|column|op-ed|video
screenplay|script|hymn|anthem|ballad|mixtape|soundtrack|textbook|blog
"""

// MARK: - Person cues

private let gazSpeechVerbData: String = """
said|says|say|saying|told|tells|telling|wrote|writes|writing|added|adds|adding|noted|notes
noting|argued|argues|arguing|warned|warns|warning|explained|explains|explaining|according
tweeted|posted|testified|insisted|insists|insisting|claimed|claims|claiming|stated|declared
announced|announces|asked|asks|replied|replies|acknowledged|acknowledges|admitted|admits
recalled|recalls|responded|responds|remarked|observed|commented|suggested|suggests
predicted|cautioned|urged|urges|contended|maintained|conceded|confirmed|confirms|denied
denies|disclosed|revealed|emphasized|emphasised|stressed|stresses|reiterated|asserted
alleged|countered|complained|lamented|quipped|joked|shouted|yelled|whispered|mused
wondered|concluded|continued|clarified|informed|reported|emailed|interjected|agreed
disagreed|objected|vowed|pledged|promised|threatened|demanded|boasted|estimated|speculated
answered|pointed|believes|thinks|quoted|cited|recounted|described|elaborated|wrote
"""

private let gazPersonRoleData: String = """
spokesman|spokeswoman|spokesperson|researcher|analyst|professor|lawmaker|senator|minister
commander|official|director|chairman|chairwoman|chair|leader|president|chief|founder
co-founder|author|reporter|correspondent|editor|columnist|colleague|wife|husband|son
daughter|mother|father|brother|sister|aged|widow|widower|uncle|aunt|nephew|niece|cousin
grandson|granddaughter|grandfather|grandmother|fiancé|fiancée|fiance|fiancee|girlfriend
boyfriend|friend|mentor|teacher|student|lawyer|attorney|prosecutor|judge|diplomat
ambassador|envoy|negotiator|adviser|advisor|aide|deputy|secretary|governor|mayor
congressman|congresswoman|representative|legislator|politician|candidate|activist
campaigner|dissident|journalist|photographer|blogger|writer|novelist|poet|historian
scholar|economist|scientist|physicist|engineer|doctor|physician|surgeon|nurse|executive
entrepreneur|businessman|businesswoman|billionaire|investor|banker|trader|actor|actress
singer|musician|rapper|artist|producer|filmmaker|comedian|athlete|player|coach|colonel
soldier|officer|pilot|militant|cleric|imam|rabbi|priest|pastor|bishop|monk|nun|expert
consultant|strategist|pollster|veteran|survivor|victim|witness|resident|suspect|defendant
detainee|prisoner|hostage|refugee|owner|manager|employee|worker|inventor|designer
architect|chef|host|presenter|commentator|critic|counterpart|predecessor|successor|rival
opponent|ally|loyalist|confidant|son-in-law|daughter-in-law|father-in-law|mother-in-law
brother-in-law|sister-in-law|stepfather|stepmother|stepson|stepdaughter|premier
chancellor|king|queen|prince|princess|emir|sheikh|ayatollah|dictator|strongman|autocrat
tycoon|mogul|magnate|oligarch|spy|whistleblower|lieutenant|sergeant|captain|general
"""

// MARK: - Given names

private let gazGivenNameData: String = """
# English
James|John|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel
Matthew|Anthony|Donald|Mark|Paul|Steven|Stephen|Andrew|Kenneth|Joshua|Kevin|Brian|George
Edward|Ronald|Timothy|Jason|Jeffrey|Ryan|Jacob|Gary|Nicholas|Eric|Jonathan|Larry|Justin
Scott|Brandon|Benjamin|Samuel|Frank|Gregory|Raymond|Alexander|Patrick|Jack|Dennis|Jerry
Tyler|Aaron|Henry|Adam|Douglas|Nathan|Peter|Zachary|Kyle|Walter|Harold|Jeremy|Ethan|Carl
Keith|Roger|Gerald|Christian|Terry|Sean|Arthur|Lawrence|Jesse|Dylan|Bryan|Joe|Billy|Bruce
Albert|Willie|Gabriel|Logan|Alan|Wayne|Roy|Ralph|Randy|Eugene|Vincent|Russell|Louis|Philip
Phillip|Bobby|Johnny|Bradley|Mike|Tom|Bob|Jim|Jimmy|Bill|Ted|Chuck|Barack|Hillary|Mitch
Lindsey|Chris|Nick|Tony|Dan|Ben|Sam|Matt|Steve|Jeff|Greg|Ron|Pete|Rick|Tim|Ken|Jon|Josh
Andy|Kurt|Lloyd|Antony|Jake|Marc|Neil|Ian|Colin|Graham|Gordon|Keir|Nigel|Ed|Elon|Mitt|Rand
Newt|Dick|Hunter|Marco|Rex|JD|J.D.|Kash|Pam|Tulsi|Kristi|Marjorie|Stuart|Simon|Martin
Oliver|Harry|Charlie|Jamie|Toby|Rupert|Hugh|Nigel|Alistair|Angus|Duncan|Fraser|Hamish
Rory|Gavin|Ross|Craig|Barry|Dale|Glenn|Howard|Jay|Leon|Lewis|Max|Miles|Noah|Owen|Quentin
Rachel|Ralph|Rodney|Seth|Shane|Spencer|Stanley|Theodore|Todd|Travis|Trevor|Troy|Victor
Warren|Wesley|Clarence|Calvin|Curtis|Darren|Derek|Edwin|Elliott|Francis|Fred|Frederick
Gilbert|Herbert|Howard|Isaac|Jared|Joel|Karl|Kirk|Lance|Leonard|Luke|Malcolm|Marcus
Marvin|Maurice|Melvin|Mitchell|Morgan|Murray|Norman|Oscar|Perry|Preston|Reginald|Rupert
Sidney|Terrence|Tristan|Vernon|Wallace|Wendell|Clint|Jeb|Rahm|Dick|Cory|Bernie|Chuck
Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Lisa|Nancy|Betty
Margaret|Sandra|Ashley|Kimberly|Emily|Donna|Michelle|Carol|Amanda|Dorothy|Melissa|Deborah
Stephanie|Rebecca|Sharon|Laura|Cynthia|Kathleen|Amy|Angela|Shirley|Anna|Brenda|Pamela
Emma|Nicole|Helen|Samantha|Katherine|Christine|Debra|Carolyn|Janet|Catherine|Maria
Heather|Diane|Ruth|Julie|Olivia|Joyce|Victoria|Kelly|Lauren|Christina|Joan|Evelyn|Judith
Megan|Andrea|Cheryl|Hannah|Jacqueline|Martha|Gloria|Teresa|Ann|Anne|Sara|Madison|Frances
Kathryn|Janice|Jean|Abigail|Alice|Judy|Sophia|Julia|Denise|Amber|Doris|Marilyn|Danielle
Beverly|Isabella|Theresa|Diana|Natalie|Charlotte|Marie|Kayla|Alexis|Lori|Kamala
Nikki|Elise|Liz|Kate|Jane|Jill|Susie|Karine|Penny|Priti|Suella|Yvette|Caroline|Claire
Fiona|Harriet|Joanna|Lucy|Sophie|Zoe|Chloe|Ella|Mia|Ava|Isla|Emily|Jenny|Jennie|Kristen
Kirsten|Lynn|Meghan|Molly|Nina|Paula|Rebekah|Rosemary|Sally|Sheila|Stacey|Tammy|Tina
Tracy|Valerie|Vanessa|Wendy|Whitney|Yvonne|Condoleezza|Madeleine|Nikki|Ilhan
Tracey|Gillian|Bridget|Eleanor|Georgina|Imogen|Philippa|Rosalind|Beatrice|Camilla|Kemi
# Spanish and Portuguese
José|Jose|Juan|Carlos|Luis|Jorge|Miguel|Pedro|Pablo|Manuel|Francisco|Antonio|Javier
Alejandro|Fernando|Rafael|Ricardo|Sergio|Diego|Andrés|Andres|Raúl|Raul|Enrique|Felipe
Gustavo|Mauricio|Nicolás|Nicolas|Hugo|Evo|Lula|Jair|Dilma|Ignacio|Alberto|Roberto
Eduardo|Óscar|Julio|César|Cesar|Álvaro|Alvaro|Gonzalo|Rodrigo|Marcelo|Mario|Emilio|Iván
Ivan|Ramón|Ramon|Jesús|Jesus|Alfonso|Guillermo|Joaquín|Joaquin|Xavier|Nayib|Sebastián
Sebastian|Santos|Alfredo|Arturo|Armando|Ernesto|Fidel|Raúl|Lázaro|Claudia|Carmen|Ana
Lucía|Lucia|Isabel|Cristina|Gabriela|Daniela|Valentina|Camila|Sofía|Mariana
Alejandra|Rosa|Beatriz|Elena|Verónica|Veronica|Marina|Pilar|Dolores|Inés|Ines|Dina
Xiomara|Delcy|Adriana|Marta|Mercedes|Yolanda|Consuelo|Esperanza|Guadalupe|Juana|Lourdes
João|Joao|Luiz|Paulo|Marcos|Tiago|Rui|Vitor|Gilberto|Fernanda|Luciana|Tarcísio|Geraldo
# French
Jean|Pierre|Jacques|Michel|François|Francois|Emmanuel|Olivier|Philippe|Laurent|Christophe
Stéphane|Stephane|Thierry|Alain|Bernard|Dominique|Gérard|Julien|Sébastien|Guillaume
Antoine|Mathieu|Benoît|Benoit|Yves|Édouard|Edouard|Bruno|Gérald|Gerald|Lionel|Manuel
Marine|Ségolène|Segolene|Élisabeth|Brigitte|Isabelle|Nathalie|Valérie|Sylvie|Hélène
Amélie|Rachida|Clémentine|Agnès|Jean-Luc|Jean-Marie|Jean-Yves|Jean-Pierre|Jean-Claude
Jean-Noël|Jean-Michel|Jean-Paul|Jean-Marc|Marie-Claire|Anne-Marie|Marine|Aurélien
# German, Dutch and Scandinavian
Hans|Klaus|Jürgen|Juergen|Wolfgang|Helmut|Gerhard|Olaf|Friedrich|Frank-Walter|Heiko
Annalena|Markus|Heinz|Dieter|Günter|Gunter|Horst|Uwe|Stefan|Andreas|Matthias|Jens|Lars
Ursula|Ulrich|Sigmar|Norbert|Armin|Sahra|Anke|Katrin|Petra|Monika|Sabine|Heike|Birgit
Joachim|Werner|Rainer|Ralf|Volker|Gustav|Otto|Fritz|Ludwig|Wilhelm|Boris|Christian|Jörg
Geert|Wopke|Frans|Willem|Pieter|Jan|Hendrik|Rutger|Dick|Erik|Anders|Jonas|Magnus|Mette
Ulf|Sanna|Sauli|Ulrika|Magdalena|Henrik|Niklas|Mikael|Johan|Karin|Ingrid|Astrid|Sigrid
Björn|Bjorn|Sven|Gunnar|Jens|Jonas|Alexander|Kristian|Lars|Kaja|Mark|Petteri|Alar|Juha
# Italian
Giuseppe|Giovanni|Luca|Matteo|Francesco|Alessandro|Paolo|Silvio|Giorgia|Enrico|Stefano
Lorenzo|Fabio|Massimo|Carlo|Pietro|Gianni|Luigi|Salvatore|Vincenzo|Giulia|Chiara
Francesca|Federica|Elly|Romano|Giancarlo|Gianluca|Angelo|Dario|Domenico|Emanuele|Guido
Nicola|Raffaele|Renato|Riccardo|Sandro|Alessandra|Antonio|Ignazio|Antonio
# Greek
Kyriakos|Alexis|Nikos|Giorgos|Yanis|Dimitris|Konstantinos|Andreas|Katerina|Eleni|Nikolaos
# Russian, Ukrainian and other Slavic
Vladimir|Dmitry|Dmitri|Sergei|Sergey|Alexei|Alexey|Andrei|Andrey|Mikhail|Nikolai|Yuri
Igor|Oleg|Viktor|Yevgeny|Evgeny|Pavel|Anatoly|Valery|Gennady|Maxim|Konstantin|Ramzan
Leonid|Nikita|Vyacheslav|Arkady|Ilya|Roman|Denis|Artem|Grigory|Vasily|Fyodor|Aleksandr
Aleksei|Yevgenia|Olga|Natalia|Natalya|Irina|Tatiana|Tatyana|Svetlana|Yulia|Lyudmila
Ekaterina|Yekaterina|Galina|Alla|Oksana|Volodymyr|Oleksandr|Oleksiy|Mykhailo|Mykola|Vitali
Vitaliy|Petro|Dmytro|Andriy|Kyrylo|Valeriy|Rustem|Olena|Iryna|Denys|Yuriy|Taras|Bohdan
Alexander|Alyaksandr|Sviatlana|Lech|Andrzej|Jarosław|Jaroslaw|Mateusz|Radosław|Radoslaw
Tomasz|Krzysztof|Piotr|Marek|Wojciech|Katarzyna|Agnieszka|Beata|Ewa|Václav|Vaclav|Petr
Miloš|Milos|Aleksandar|Aleksander|Slobodan|Vojislav|Zoran|Goran|Dragan|Milorad|Ratko
Radovan|Péter|Peter|János|Janos|László|Laszlo|Zoltán|Zoltan|Viktor|Ilham|Nikol|Recep
# Arabic
Mohammed|Muhammad|Mohammad|Mohamed|Mohamad|Muhammed|Ahmed|Ahmad|Ali
Hassan|Hasan|Hussein|Husain|Hussain|Hossein|Qassem|Qasem|Qasim|Kassem|Omar|Umar|Khalid
Khaled|Abdullah|Abdallah|Abdul|Abdel|Abd|Ibrahim|Ismail|Yousef|Youssef|Yusuf|Mustafa
Mostafa|Mahmoud|Mahmud|Hamad|Hamid|Hamed|Salman|Faisal|Fahd|Saud|Bandar|Nawaf|Turki
Talal|Walid|Waleed|Tariq|Tarek|Karim|Kareem|Samir|Sami|Nabil|Nasser|Bashar|Hafez|Rafik
Rafic|Saad|Najib|Nabih|Fouad|Jamal|Adel|Adil|Amr|Ayman|Osama|Usama|Anwar|Hosni|Gamal
Sadiq|Moqtada|Muqtada|Nouri|Haider|Haidar|Masoud|Massoud|Jalal|Barham|Nechirvan|Masrour
Yasser|Yasir|Marwan|Yahya|Ziad|Ziyad|Ghassan|Hani|Hisham|Hazem|Imad|Emad|Issam|Kamal
Khalil|Majid|Majed|Mansour|Mansur|Mahdi|Mehdi|Moussa|Musa|Nader|Nadim|Nizar|Qais|Rami
Riyad|Riad|Saleh|Salih|Salim|Salem|Sharif|Suleiman|Sulaiman|Taha|Tamim|Wael|Yazid|Zaid
Zayed|Zakaria|Abbas|Jaafar|Jafar|Fadi|Fadel|Raed|Rashid|Rasheed|Abdulaziz|Abdelaziz
Abdulrahman|Abdelrahman|Abdul-Malik|Abdelmadjid|Abdel-Fattah|Hamdan
Tahnoun|Tahnoon|Mansoor|Khalifa|Sabah|Jassim|Hamza|Bilal|Anas|Ashraf|Bassam
Fawaz|Ghazi|Habib|Haitham|Jawad|Kamel|Louay|Maher|Mazen|Mounir|Munir|Nasr|Ramzi|Rashad
Sufian|Tawfiq|Tawfik|Wissam|Yassin|Yassine|Zuhair|Ismael|Idris|Idriss|Abdulla|Aziz
Fatima|Fatimah|Aisha|Aysha|Ayesha|Khadija|Zainab|Zaynab|Maryam|Mariam|Layla|Leila|Laila
Nour|Noor|Rania|Hanan|Huda|Amal|Salma|Samira|Yasmin|Yasmine|Jamila|Lina|Dana|Rana|Reem
Mona|Nadia|Hiba|Iman|Asma|Amira|Dalia|Ghada|Hala|Lubna|Maha|Manal|Nawal|Rasha|Suha|Wafa
Zahra|Zeinab|Tawakkol|Najla|Nabila|Sawsan|Shatha|Widad|Yara|Lamia|Loujain|Raghad
# Persian
Javad|Reza|Amir|Ebrahim|Mohsen|Mojtaba|Ruhollah|Akbar|Saeed|Kazem|Esmail|Hamidreza
Alireza|Mohammadreza|Gholam|Gholamhossein|Gholamreza|Amin|Babak|Behrouz|Bijan|Dariush
Darius|Farhad|Farid|Fereydoun|Hesam|Iraj|Jalil|Kamran|Kaveh|Kourosh|Manouchehr|Mehrdad
Mahmood|Morteza|Parviz|Payam|Peyman|Ramin|Rostam|Saman|Shahram|Siamak|Masoud|Abolfazl
Hassan|Hossein|Mohammad-Reza|Qasem|Abdolrasoul|Abdolnaser|Mehrzad
Rahim|Ahmadreza|Ali-Akbar|Ali-Reza|Mir-Hossein|Shirin|Narges|Nasrin|Azadeh|Farah
Fatemeh|Mahsa|Masih|Nazanin|Niloufar|Parisa|Roya|Sepideh|Sima|Soheila|Ladan|Neda|Azam
Marzieh|Tahereh|Masumeh|Zohreh|Mahnaz|Shabnam|Golnaz|Faezeh|Elnaz|Hengameh|Taraneh
# Turkish and Central Asian
Tayyip|Ahmet|Mehmet|Kemal|Hakan|Mevlüt|Mevlut|Hulusi|Binali|Ekrem|Devlet|Murat|Emre
Burak|Cem|Ömer|Omer|Selahattin|Süleyman|Suleyman|İbrahim|Fatih|Kerem|Oğuz|Oguz|Orhan
Osman|Serkan|Tolga|Volkan|Erdem|Özgür|Ozgur|Mansur|Ayşe|Ayse|Elif|Emine|Fatma|Zeynep
Meral|Tansu|Merve|Esra|Nursultan|Kassym-Jomart|Shavkat|Emomali|Sadyr|Serdar
Gurbanguly|Ilham|Nikol
# Chinese, Korean and Japanese
Jinping|Keqiang|Qiang|Jintao|Zemin|Xiaoping|Zedong|Enlai|Jiabao|Qishan|Jiechi|Huning
Yi|Wei|Jing|Ming|Hua|Lei|Jun|Tao|Feng|Gang|Qing|Yan|Mei|Ling|Fang|Min|Hui|Jie|Hao|Yong
Bin|Ping|Xin|Yun|Jian|Kai|Xiaoming|Dingxiang|Zhaoxu|Ing-wen|Ching-te|Ying-jeou|Shui-bian
Jong-un|Yo-jong|Jong-il|Il-sung|Jae-in|Suk-yeol|Jae-myung|Geun-hye|Myung-bak|Moo-hyun
Dae-jung|Ki-moon|Jae-yong|Min-jun|Shinzo|Fumio|Yoshihide|Shigeru|Sanae|Taro|Junichiro
Yukio|Naoto|Yoshihiko|Kenji|Hiroshi|Takeshi|Akira|Haruki|Yoko|Yuki|Hiroko|Keiko|Naomi
Masako|Akihito|Naruhito|Toshimitsu|Katsunobu|Yoshimasa|Shohei|Ichiro|Hayao|Satoshi|Kazuo
Koji|Masahiro|Takashi|Yuko|Aiko|Emiko|Kaori|Mariko|Noriko|Sachiko|Tomoko|Yoshiko
# South Asian
Narendra|Rahul|Sonia|Indira|Rajiv|Manmohan|Amit|Arvind|Subrahmanyam|Nirmala|Rajnath
Sushma|Priyanka|Mamata|Yogi|Ajit|Anil|Sunil|Rajesh|Ramesh|Suresh|Mahesh|Mukesh|Ratan
Gautam|Sanjay|Vijay|Ravi|Arun|Ashok|Deepak|Vikram|Vivek|Sachin|Virat|Amitabh|Aishwarya
Deepika|Priya|Pooja|Anjali|Sunita|Kavita|Lakshmi|Meera|Neha|Shreya|Nikhil|Rohit|Rakesh
Pranab|Ram|Krishna|Sundar|Satya|Shashi|Arjun|Aditya|Kiran|Sanjeev|Sudhir|Abhishek
Akhilesh|Nitish|Lalu|Jawaharlal|Mohandas|Rishi|Imran|Nawaz|Shehbaz|Shahbaz|Asif|Bilawal
Benazir|Zulfikar|Pervez|Asim|Qamar|Hasina|Khaleda|Tahir|Waqar|Zahid|Shahid|Usman|Fawad
Junaid|Ishaq|Mahinda|Gotabaya|Ranil|Anura|Pushpa|Sher|Gyanendra|Prachanda
# Afghan
Ashraf|Hibatullah|Haibatullah|Zabihullah|Sirajuddin|Amrullah|Gulbuddin|Zalmay|Rahmatullah
Abdul-Ghani|Hamdullah|Amanullah
# African
Cyril|Thabo|Nelson|Desmond|Julius|Uhuru|Raila|Yoweri|Abiy|Meles|Isaias|Salva|Riek|Bola
Muhammadu|Goodluck|Olusegun|Atiku|Chinua|Wole|Ngozi|Akinwumi|Nana|Kwame|Kofi|Kojo|Kwaku
Ama|Akua|Efua|Yaw|Macky|Bassirou|Ousmane|Assimi|Mamadi|Alassane|Felix|Félix|Emmerson
Hakainde|Lazarus|Edgar|Samia|Jakaya|Évariste|Evariste|Mahamat|Mahamadou|Amadou|Aliou
Abdoulaye|Mamadou|Boubacar|Cheikh|Seydou|Sekou|Sékou|Oumar|Fatou|Aminata|Awa|Mariama
Adama|Chukwuemeka|Chidi|Emeka|Obinna|Nnamdi|Olumide|Oluwaseun|Tunde|Babatunde|Femi
Funmilayo|Folake|Adebayo|Chimamanda|Amina|Wangari|Eliud|Haile|Tsegaye|Tedros|Getachew
Sahle-Work|Thandeka|Thandiwe|Sipho|Themba|Jabulani|Nomvula|Lindiwe|Naledi|Jomo|Mwai
Kalonzo|Ellen|George|Nana|Faure|Paul|Denis|Teodoro|Ali|Idriss|Kais|Beji|Abdelmadjid
Abdelaziz|Moktar|Hichem|Fayez|Khalifa|Aguila|Abdul-Hamid|Aziz|Nkosazana|Jacob
# Hebrew
Yair|Naftali|Benny|Gideon|Yoav|Herzi|Yitzhak|Shimon|Ehud|Ariel|Avigdor|Itamar|Bezalel
Moshe|Avi|Yossi|Eli|Tzipi|Golda|Miri|Orit|Ayelet|Merav|Gadi|Eyal|Dani|Danny|Aviv|Noa
Tamar|Yael|Shira|Michal|Ofer|Oren|Uri|Ze'ev|Zeev|Yuval|Nir|Gilad|Amos|Avraham|Yehuda
Yaakov|Yoel|Doron|Tal|Shaul|Haim|Chaim|Meir|Menachem|Ilan|Tzachi|Rafi|Aharon|Shlomo|Gil
Isaac|Reuven|Yariv|Gadi|Amichai|Orly|Sharren|Idit|Einat|Limor
"""

// MARK: - Name connectors

private let gazNameConnectorData: String = """
of|the|al|al-|el|el-|bin|ibn|bint|abu|abd|ul|ud|de|del|della|degli|di|da|do|dos|das|du|des
la|le|van|von|der|den|ter|te|zu|y|for|on|and|upon|de la|van der|van den|von der|bin al|ben
"""
