package io.crmsync.sandbox.salesforce.schema;

/**
 * The states and provinces Salesforce ships as state picklist values, one a line: the country's ISO
 * code, the state's code, then its name (which is also its default integration value).
 */
final class ShippedStates {

    static final String LIST =
            """
            US AL Alabama
            US AK Alaska
            US AZ Arizona
            US AR Arkansas
            US CA California
            US CO Colorado
            US CT Connecticut
            US DE Delaware
            US DC District of Columbia
            US FL Florida
            US GA Georgia
            US HI Hawaii
            US ID Idaho
            US IL Illinois
            US IN Indiana
            US IA Iowa
            US KS Kansas
            US KY Kentucky
            US LA Louisiana
            US ME Maine
            US MD Maryland
            US MA Massachusetts
            US MI Michigan
            US MN Minnesota
            US MS Mississippi
            US MO Missouri
            US MT Montana
            US NE Nebraska
            US NV Nevada
            US NH New Hampshire
            US NJ New Jersey
            US NM New Mexico
            US NY New York
            US NC North Carolina
            US ND North Dakota
            US OH Ohio
            US OK Oklahoma
            US OR Oregon
            US PA Pennsylvania
            US RI Rhode Island
            US SC South Carolina
            US SD South Dakota
            US TN Tennessee
            US TX Texas
            US UT Utah
            US VT Vermont
            US VA Virginia
            US WA Washington
            US WV West Virginia
            US WI Wisconsin
            US WY Wyoming
            US AS American Samoa
            US GU Guam
            US MP Northern Mariana Islands
            US PR Puerto Rico
            US UM United States Minor Outlying Islands
            US VI U.S. Virgin Islands
            US AA Armed Forces Americas
            US AE Armed Forces Europe
            US AP Armed Forces Pacific
            CA AB Alberta
            CA BC British Columbia
            CA MB Manitoba
            CA NB New Brunswick
            CA NL Newfoundland and Labrador
            CA NS Nova Scotia
            CA NT Northwest Territories
            CA NU Nunavut
            CA ON Ontario
            CA PE Prince Edward Island
            CA QC Quebec
            CA SK Saskatchewan
            CA YT Yukon Territories
            AU ACT Australian Capital Territory
            AU NSW New South Wales
            AU NT Northern Territory
            AU QLD Queensland
            AU SA South Australia
            AU TAS Tasmania
            AU VIC Victoria
            AU WA Western Australia
            IN AN Andaman and Nicobar Islands
            IN AP Andhra Pradesh
            IN AR Arunachal Pradesh
            IN AS Assam
            IN BR Bihar
            IN CH Chandigarh
            IN CT Chhattisgarh
            IN DN Dadra and Nagar Haveli
            IN DD Daman and Diu
            IN DL Delhi
            IN GA Goa
            IN GJ Gujarat
            IN HR Haryana
            IN HP Himachal Pradesh
            IN JK Jammu and Kashmir
            IN JH Jharkhand
            IN KA Karnataka
            IN KL Kerala
            IN LA Ladakh
            IN LD Lakshadweep
            IN MP Madhya Pradesh
            IN MH Maharashtra
            IN MN Manipur
            IN ML Meghalaya
            IN MZ Mizoram
            IN NL Nagaland
            IN OR Odisha
            IN PY Puducherry
            IN PB Punjab
            IN RJ Rajasthan
            IN SK Sikkim
            IN TN Tamil Nadu
            IN TG Telangana
            IN TR Tripura
            IN UP Uttar Pradesh
            IN UT Uttarakhand
            IN WB West Bengal
            BR AC Acre
            BR AL Alagoas
            BR AP Amapá
            BR AM Amazonas
            BR BA Bahia
            BR CE Ceará
            BR DF Distrito Federal
            BR ES Espírito Santo
            BR GO Goiás
            BR MA Maranhão
            BR MT Mato Grosso
            BR MS Mato Grosso do Sul
            BR MG Minas Gerais
            BR PA Pará
            BR PB Paraíba
            BR PR Paraná
            BR PE Pernambuco
            BR PI Piauí
            BR RJ Rio de Janeiro
            BR RN Rio Grande do Norte
            BR RS Rio Grande do Sul
            BR RO Rondônia
            BR RR Roraima
            BR SC Santa Catarina
            BR SP São Paulo
            BR SE Sergipe
            BR TO Tocantins
            MX AG Aguascalientes
            MX BC Baja California
            MX BS Baja California Sur
            MX CM Campeche
            MX CS Chiapas
            MX CH Chihuahua
            MX CO Coahuila
            MX CL Colima
            MX DF Ciudad de México
            MX DG Durango
            MX GT Guanajuato
            MX GR Guerrero
            MX HG Hidalgo
            MX JA Jalisco
            MX ME Estado de México
            MX MI Michoacán
            MX MO Morelos
            MX NA Nayarit
            MX NL Nuevo León
            MX OA Oaxaca
            MX PB Puebla
            MX QE Querétaro
            MX QR Quintana Roo
            MX SL San Luis Potosí
            MX SI Sinaloa
            MX SO Sonora
            MX TB Tabasco
            MX TM Tamaulipas
            MX TL Tlaxcala
            MX VE Veracruz
            MX YU Yucatán
            MX ZA Zacatecas
            IT AG Agrigento
            IT AL Alessandria
            IT AN Ancona
            IT AO Aosta
            IT AR Arezzo
            IT AP Ascoli Piceno
            IT AT Asti
            IT AV Avellino
            IT BA Bari
            IT BT Barletta-Andria-Trani
            IT BL Belluno
            IT BN Benevento
            IT BG Bergamo
            IT BI Biella
            IT BO Bologna
            IT BZ Bolzano
            IT BS Brescia
            IT BR Brindisi
            IT CA Cagliari
            IT CL Caltanissetta
            IT CB Campobasso
            IT CI Carbonia-Iglesias
            IT CE Caserta
            IT CT Catania
            IT CZ Catanzaro
            IT CH Chieti
            IT CO Como
            IT CS Cosenza
            IT CR Cremona
            IT KR Crotone
            IT CN Cuneo
            IT EN Enna
            IT FM Fermo
            IT FE Ferrara
            IT FI Firenze
            IT FG Foggia
            IT FC Forlì-Cesena
            IT FR Frosinone
            IT GE Genova
            IT GO Gorizia
            IT GR Grosseto
            IT IM Imperia
            IT IS Isernia
            IT SP La Spezia
            IT AQ L'Aquila
            IT LT Latina
            IT LE Lecce
            IT LC Lecco
            IT LI Livorno
            IT LO Lodi
            IT LU Lucca
            IT MC Macerata
            IT MN Mantova
            IT MS Massa-Carrara
            IT MT Matera
            IT VS Medio Campidano
            IT ME Messina
            IT MI Milano
            IT MO Modena
            IT MB Monza e Brianza
            IT NA Napoli
            IT NO Novara
            IT NU Nuoro
            IT OG Ogliastra
            IT OT Olbia-Tempio
            IT OR Oristano
            IT PD Padova
            IT PA Palermo
            IT PR Parma
            IT PV Pavia
            IT PG Perugia
            IT PU Pesaro e Urbino
            IT PE Pescara
            IT PC Piacenza
            IT PI Pisa
            IT PT Pistoia
            IT PN Pordenone
            IT PZ Potenza
            IT PO Prato
            IT RG Ragusa
            IT RA Ravenna
            IT RC Reggio Calabria
            IT RE Reggio Emilia
            IT RI Rieti
            IT RN Rimini
            IT RM Roma
            IT RO Rovigo
            IT SA Salerno
            IT SS Sassari
            IT SV Savona
            IT SI Siena
            IT SR Siracusa
            IT SO Sondrio
            IT SU Sud Sardegna
            IT TA Taranto
            IT TE Teramo
            IT TR Terni
            IT TO Torino
            IT TP Trapani
            IT TN Trento
            IT TV Treviso
            IT TS Trieste
            IT UD Udine
            IT VA Varese
            IT VE Venezia
            IT VB Verbano-Cusio-Ossola
            IT VC Vercelli
            IT VR Verona
            IT VV Vibo Valentia
            IT VI Vicenza
            IT VT Viterbo
            IE CW Carlow
            IE CN Cavan
            IE CE Clare
            IE CO Cork
            IE DL Donegal
            IE D Dublin
            IE G Galway
            IE KY Kerry
            IE KE Kildare
            IE KK Kilkenny
            IE LS Laois
            IE LM Leitrim
            IE LK Limerick
            IE LD Longford
            IE LH Louth
            IE MO Mayo
            IE MH Meath
            IE MN Monaghan
            IE OY Offaly
            IE RN Roscommon
            IE SO Sligo
            IE TA Tipperary
            IE WD Waterford
            IE WH Westmeath
            IE WX Wexford
            IE WW Wicklow
            CN 11 Beijing
            CN 12 Tianjin
            CN 13 Hebei
            CN 14 Shanxi
            CN 15 Inner Mongolia
            CN 21 Liaoning
            CN 22 Jilin
            CN 23 Heilongjiang
            CN 31 Shanghai
            CN 32 Jiangsu
            CN 33 Zhejiang
            CN 34 Anhui
            CN 35 Fujian
            CN 36 Jiangxi
            CN 37 Shandong
            CN 41 Henan
            CN 42 Hubei
            CN 43 Hunan
            CN 44 Guangdong
            CN 45 Guangxi
            CN 46 Hainan
            CN 50 Chongqing
            CN 51 Sichuan
            CN 52 Guizhou
            CN 53 Yunnan
            CN 54 Tibet
            CN 61 Shaanxi
            CN 62 Gansu
            CN 63 Qinghai
            CN 64 Ningxia
            CN 65 Xinjiang
            CN 71 Taiwan
            CN 91 Hong Kong
            CN 92 Macao
            JP 01 Hokkaido
            JP 02 Aomori
            JP 03 Iwate
            JP 04 Miyagi
            JP 05 Akita
            JP 06 Yamagata
            JP 07 Fukushima
            JP 08 Ibaraki
            JP 09 Tochigi
            JP 10 Gunma
            JP 11 Saitama
            JP 12 Chiba
            JP 13 Tokyo
            JP 14 Kanagawa
            JP 15 Niigata
            JP 16 Toyama
            JP 17 Ishikawa
            JP 18 Fukui
            JP 19 Yamanashi
            JP 20 Nagano
            JP 21 Gifu
            JP 22 Shizuoka
            JP 23 Aichi
            JP 24 Mie
            JP 25 Shiga
            JP 26 Kyoto
            JP 27 Osaka
            JP 28 Hyogo
            JP 29 Nara
            JP 30 Wakayama
            JP 31 Tottori
            JP 32 Shimane
            JP 33 Okayama
            JP 34 Hiroshima
            JP 35 Yamaguchi
            JP 36 Tokushima
            JP 37 Kagawa
            JP 38 Ehime
            JP 39 Kochi
            JP 40 Fukuoka
            JP 41 Saga
            JP 42 Nagasaki
            JP 43 Kumamoto
            JP 44 Oita
            JP 45 Miyazaki
            JP 46 Kagoshima
            JP 47 Okinawa
            """;

    private ShippedStates() {}
}
