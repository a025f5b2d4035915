"""English articles of the project's own evaluation set (fictional events, real places; CC0)."""

NGA_ARMY = ("Military Forces of Nigeria (2023-)", "NGA")
NGA_GUNMEN = ("Unidentified Armed Group (Nigeria)", "NGA")
SDN_ARMY = ("Military Forces of Sudan (2019-)", "SDN")
RSF = ("Rapid Support Forces", "SDN")
SHABAAB = ("Al Shabaab", "SOM")
RUS_ARMY = ("Military Forces of Russia (2000-)", "RUS")
UKR_ARMY = ("Military Forces of Ukraine (2019-)", "UKR")
ISR_ARMY = ("Military Forces of Israel (2022-)", "ISR")
MMR_ARMY = ("Military Forces of Myanmar (2021-)", "MMR")
FARC_DISS = ("FARC Dissidents", "COL")
ELN = ("ELN: National Liberation Army", "COL")
PAK_GUNMEN = ("Unidentified Armed Group (Pakistan)", "PAK")
PAK_POLICE = ("Police Forces of Pakistan (2024-)", "PAK")
ETH_ARMY = ("Military Forces of Ethiopia (2018-)", "ETH")
CODECO = ("CODECO: Cooperative for Development of Congo", "COD")
COD_CIV = ("Civilians (Democratic Republic of Congo)", "COD")

ARTICLES = [
    {
        "id": "own-en01",
        "published": "2024-02-07",
        "title": "Gunmen abduct 27 villagers in Nigeria's Zamfara state",
        "text": """Gunmen abducted at least 27 villagers, most of them women and children, in a raid on a
        farming community near Tsafe in Zamfara state on Sunday night, police said on Tuesday. Two men who
        tried to resist were shot dead, said police spokesman Yazid Abubakar. In a separate incident, troops
        killed eleven bandits in a gunfight near Gusau, the state capital, on Monday, the army said. Kidnappings
        for ransom have become rampant across northwest Nigeria, with more than 3,600 people abducted last
        year, according to a security consultancy.""",
        "events": [
            {
                "sub": "Abduction/forced disappearance", "a1": NGA_GUNMEN, "a2": ("Civilians (Nigeria)", "NGA"),
                "place": "Tsafe", "dates": ["2024-02-04", "2024-02-05"], "fat": 2,
                "sources": ["police", "police spokesman Yazid Abubakar"],
                "evidence": [
                    "Gunmen abducted at least 27 villagers, most of them women and children, in a raid on a farming community near Tsafe in Zamfara state on Sunday night, police said on Tuesday.",
                    "Two men who tried to resist were shot dead, said police spokesman Yazid Abubakar.",
                ],
            },
            {
                "sub": "Armed clash", "a1": NGA_ARMY, "a2": NGA_GUNMEN, "place": "Gusau",
                "dates": ["2024-02-05"], "fat": 11, "sources": ["the army"],
                "evidence": [
                    "In a separate incident, troops killed eleven bandits in a gunfight near Gusau, the state capital, on Monday, the army said.",
                ],
            },
        ],
        "not_events": ["with more than 3,600 people abducted last year"],
    },
    {
        "id": "own-en02",
        "published": "2024-11",
        "title": "Roadside bomb kills eight bus passengers in northeast Nigeria",
        "text": """MAIDUGURI, Nigeria - A roadside bomb ripped through a minibus near Damboa in Borno state
        on Thursday, killing eight passengers and wounding several others, a local official said. The blast
        occurred about 20 km from Damboa on the road to Maiduguri, an area where Islamic State West Africa
        Province (ISWAP) fighters frequently plant explosives. No group has claimed Thursday's bombing, which
        was the third on that road this month. The Borno state government urged motorists to travel only in
        military-escorted convoys.""",
        "events": [
            {
                "sub": "Remote explosive/landmine/IED", "a1": ("Islamic State West Africa Province", "NGA"),
                "a2": ("Civilians (Nigeria)", "NGA"), "place": "Damboa", "dates": ["2024-10-31", "2024-11-28"],
                "fat": 8, "inj_min": 1, "sources": ["a local official"],
                "evidence": [
                    "A roadside bomb ripped through a minibus near Damboa in Borno state on Thursday, killing eight passengers and wounding several others, a local official said.",
                    "The blast occurred about 20 km from Damboa on the road to Maiduguri",
                    "No group has claimed Thursday's bombing",
                ],
            },
        ],
        "not_events": ["which was the third on that road this month"],
    },
    {
        "id": "own-en03",
        "published": "2024-05-22",
        "title": "Sudan air strike on Wad Madani market kills 15, residents say",
        "text": """Sudanese military aircraft bombed a crowded market in Wad Madani on Monday, killing at
        least 15 people, residents and a local resistance committee said. The army, which has been fighting the
        paramilitary Rapid Support Forces (RSF) for more than a year, denied targeting civilians and said it had
        struck RSF vehicles parked near the market. In Omdurman, RSF shelling killed four people on Tuesday,
        according to the health ministry. The war, which erupted in April 2023, has killed tens of thousands of
        people and displaced more than 10 million.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": SDN_ARMY, "a2": ("Civilians (Sudan)", "SDN"),
                "place": "Wad Madani", "dates": ["2024-05-20"], "fat": 15,
                "sources": ["residents", "a local resistance committee"],
                "evidence": [
                    "Sudanese military aircraft bombed a crowded market in Wad Madani on Monday, killing at least 15 people, residents and a local resistance committee said.",
                ],
            },
            {
                "sub": "Shelling/artillery/missile attack", "a1": RSF, "a2": ("Civilians (Sudan)", "SDN"),
                "place": "Omdurman", "dates": ["2024-05-21"], "fat": 4, "sources": ["the health ministry"],
                "evidence": ["In Omdurman, RSF shelling killed four people on Tuesday, according to the health ministry."],
            },
        ],
        "not_events": ["has killed tens of thousands of people and displaced more than 10 million"],
    },
    {
        "id": "own-en04",
        "published": "2025-03-06",
        "title": "Al-Shabaab storms base near Baidoa; 20 killed",
        "text": """MOGADISHU - Al-Shabaab fighters stormed a military base near Baidoa before dawn on
        Wednesday, triggering hours of fighting with Somali troops, officials said. Seventeen militants and
        three soldiers were killed, said the governor of Bay region. Later on Wednesday, mortar rounds landed
        near the airport in Baidoa, wounding two civilians. The group vowed in a statement to continue its
        attacks until all foreign troops leave Somalia.""",
        "events": [
            {
                "sub": "Armed clash", "a1": SHABAAB, "a2": ("Military Forces of Somalia (2022-)", "SOM"),
                "place": "Baidoa", "dates": ["2025-03-05"], "fat": 20,
                "sources": ["officials", "the governor of Bay region"],
                "evidence": [
                    "Al-Shabaab fighters stormed a military base near Baidoa before dawn on Wednesday, triggering hours of fighting with Somali troops, officials said.",
                    "Seventeen militants and three soldiers were killed, said the governor of Bay region.",
                ],
            },
            {
                "sub": "Shelling/artillery/missile attack", "a1": SHABAAB, "a2": ("Civilians (Somalia)", "SOM"),
                "place": "Baidoa", "dates": ["2025-03-05"], "inj": 2,
                "evidence": ["Later on Wednesday, mortar rounds landed near the airport in Baidoa, wounding two civilians."],
            },
        ],
        "not_events": ["The group vowed in a statement to continue its attacks until all foreign troops leave Somalia."],
    },
    {
        "id": "own-en05",
        "published": "2024-10-10",
        "title": "Russian drones hit Zaporizhzhia energy site; shelling kills two in Kherson",
        "text": """KYIV - Russian drones struck an energy facility in Zaporizhzhia overnight, injuring a
        62-year-old woman and causing power cuts, regional governor Ivan Fedorov said on Thursday. In the
        southern city of Kherson, Russian shelling killed two men on Wednesday, local authorities said. Kherson
        has been shelled almost daily since Ukrainian forces retook it in November 2022.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": RUS_ARMY, "a2": ("Civilians (Ukraine)", "UKR"),
                "place": "Zaporizhzhia", "dates": ["2024-10-09", "2024-10-10"], "inj": 1,
                "sources": ["regional governor Ivan Fedorov"],
                "evidence": [
                    "Russian drones struck an energy facility in Zaporizhzhia overnight, injuring a 62-year-old woman and causing power cuts, regional governor Ivan Fedorov said on Thursday.",
                ],
            },
            {
                "sub": "Shelling/artillery/missile attack", "a1": RUS_ARMY, "a2": ("Civilians (Ukraine)", "UKR"),
                "place": "Kherson", "dates": ["2024-10-09"], "fat": 2, "sources": ["local authorities"],
                "evidence": ["In the southern city of Kherson, Russian shelling killed two men on Wednesday, local authorities said."],
            },
        ],
        "not_events": ["Kherson has been shelled almost daily since Ukrainian forces retook it in November 2022."],
    },
    {
        "id": "own-en06",
        "published": "2024-04-25",
        "title": "Russia says it has taken Ocheretyne; Ukraine hits depot in Tokmak",
        "text": """Russia's defence ministry said its troops had taken full control of Ocheretyne, a village
        north-west of Avdiivka in the Donetsk region, on Wednesday. Ukraine's military did not confirm the loss. Ukraine's military said its drones hit a Russian
        ammunition depot in the occupied town of Tokmak on Tuesday night, setting off a series of explosions.
        Moscow did not comment on the strike.""",
        "events": [
            {
                "sub": "Non-state actor overtakes territory", "a1": RUS_ARMY, "a2": UKR_ARMY,
                "place": "Ocheretyne", "dates": ["2024-04-24"], "sources": ["Russia's defence ministry"],
                "evidence": [
                    "Russia's defence ministry said its troops had taken full control of Ocheretyne, a village north-west of Avdiivka in the Donetsk region, on Wednesday.",
                ],
            },
            {
                "sub": "Air/drone strike", "a1": UKR_ARMY, "a2": RUS_ARMY, "place": "Tokmak",
                "dates": ["2024-04-23", "2024-04-24"], "sources": ["Ukraine's military"],
                "evidence": [
                    "Ukraine's military said its drones hit a Russian ammunition depot in the occupied town of Tokmak on Tuesday night, setting off a series of explosions.",
                ],
            },
        ],
    },
    {
        "id": "own-en07",
        "published": "2023-09-27",
        "title": "Nine killed as SDF and tribal fighters clash in eastern Syria",
        "text": """BEIRUT - Fighting between the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal
        fighters flared again on Monday in the town of Dhiban in Deir ez-Zor province, leaving nine people dead,
        the Syrian Observatory for Human Rights said. In neighbouring Iraq, a roadside bomb struck an army patrol
        near Kirkuk on Tuesday, killing two soldiers, security sources said, blaming Islamic State militants.
        Islamic State lost its last territory in Iraq in 2017 but its cells still carry out sporadic
        attacks.""",
        "events": [
            {
                "sub": "Armed clash", "a1": ("SDF: Syrian Democratic Forces", "SYR"),
                "a2": ("Arab Tribal Militia (Syria)", "SYR"), "place": "Dhiban", "dates": ["2023-09-25"],
                "fat": 9, "sources": ["the Syrian Observatory for Human Rights"],
                "evidence": [
                    "Fighting between the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal fighters flared again on Monday in the town of Dhiban in Deir ez-Zor province, leaving nine people dead, the Syrian Observatory for Human Rights said.",
                ],
            },
            {
                "sub": "Remote explosive/landmine/IED", "a1": ("Islamic State (Iraq)", "IRQ"),
                "a2": ("Military Forces of Iraq (2022-)", "IRQ"), "place": "Kirkuk", "dates": ["2023-09-26"],
                "fat": 2, "sources": ["security sources"],
                "evidence": [
                    "In neighbouring Iraq, a roadside bomb struck an army patrol near Kirkuk on Tuesday, killing two soldiers, security sources said, blaming Islamic State militants.",
                ],
            },
        ],
        "not_events": ["Islamic State lost its last territory in Iraq in 2017 but its cells still carry out sporadic attacks."],
    },
    {
        "id": "own-en08",
        "published": "2024-08-16",
        "title": "Israeli strike on Khan Younis house kills 12, health officials say",
        "text": """CAIRO - An Israeli air strike on a house in Khan Younis killed at least 12 people,
        including five children, overnight, Palestinian health officials said on Friday. The Israeli military
        said it had targeted a Hamas commander operating from the building. In Rafah, Israeli troops and Hamas
        fighters clashed on Thursday near the border with Egypt, the armed wing of Hamas said in a statement.
        The Gaza health ministry says more than 40,000 Palestinians have been killed since October. Mediators
        were meeting in Doha to push for a ceasefire.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": ISR_ARMY, "a2": ("Civilians (Palestine)", "PSE"),
                "place": "Khan Younis", "dates": ["2024-08-15", "2024-08-16"], "fat": 12,
                "sources": ["Palestinian health officials", "The Israeli military"],
                "evidence": [
                    "An Israeli air strike on a house in Khan Younis killed at least 12 people, including five children, overnight, Palestinian health officials said on Friday.",
                    "The Israeli military said it had targeted a Hamas commander operating from the building.",
                ],
            },
            {
                "sub": "Armed clash", "a1": ISR_ARMY, "a2": ("Hamas Movement", "PSE"), "place": "Rafah",
                "dates": ["2024-08-15"], "sources": ["the armed wing of Hamas"],
                "evidence": [
                    "In Rafah, Israeli troops and Hamas fighters clashed on Thursday near the border with Egypt, the armed wing of Hamas said in a statement.",
                ],
            },
        ],
        "not_events": ["more than 40,000 Palestinians have been killed since October"],
    },
    {
        "id": "own-en09",
        "published": "2024-01",
        "title": "Israeli drone kills Hezbollah commander near Tyre",
        "text": """An Israeli drone strike on a car near the southern Lebanese city of Tyre killed a
        Hezbollah field commander and his companion on Monday, two security sources said. Hezbollah said it
        responded by firing rockets at the Israeli town of Kiryat Shmona, where Israeli medics said one person
        was lightly wounded. Israel's defence minister warned that the army was ready to "push Hezbollah back" by
        force if diplomacy failed.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": ISR_ARMY, "a2": ("Hezbollah", "LBN"), "place": "Tyre",
                "dates": ["2024-01-01", "2024-01-29"], "fat": 2, "sources": ["two security sources"],
                "evidence": [
                    "An Israeli drone strike on a car near the southern Lebanese city of Tyre killed a Hezbollah field commander and his companion on Monday, two security sources said.",
                ],
            },
            {
                "sub": "Shelling/artillery/missile attack", "a1": ("Hezbollah", "LBN"),
                "a2": ("Civilians (Israel)", "ISR"), "place": "Kiryat Shmona", "dates": ["2024-01-01", "2024-01-29"],
                "inj": 1, "sources": ["Hezbollah", "Israeli medics"],
                "evidence": [
                    "Hezbollah said it responded by firing rockets at the Israeli town of Kiryat Shmona, where Israeli medics said one person was lightly wounded.",
                ],
            },
        ],
        "not_events": ["Israel's defence minister warned that the army was ready to \"push Hezbollah back\" by force if diplomacy failed."],
    },
    {
        "id": "own-en10",
        "published": "2024-06-11",
        "title": "Myanmar air strike kills 10 villagers in Sagaing",
        "text": """Myanmar junta aircraft bombed a village in Sagaing region's Monywa township on Sunday,
        killing at least 10 civilians, a local resistance group and residents said. A spokesman for the
        military government did not answer calls seeking comment. In northern Shan state, fighters of the
        Myanmar National Democratic Alliance Army (MNDAA) battled junta troops near Lashio on Saturday and
        Sunday, with casualties on both sides, the group said.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": MMR_ARMY, "a2": ("Civilians (Myanmar)", "MMR"), "place": "Monywa",
                "dates": ["2024-06-09"], "fat": 10, "sources": ["a local resistance group", "residents"],
                "evidence": [
                    "Myanmar junta aircraft bombed a village in Sagaing region's Monywa township on Sunday, killing at least 10 civilians, a local resistance group and residents said.",
                ],
            },
            {
                "sub": "Armed clash", "a1": ("MNDAA: Myanmar National Democratic Alliance Army", "MMR"),
                "a2": MMR_ARMY, "place": "Lashio", "dates": ["2024-06-08", "2024-06-09"], "sources": ["the group"],
                "evidence": [
                    "In northern Shan state, fighters of the Myanmar National Democratic Alliance Army (MNDAA) battled junta troops near Lashio on Saturday and Sunday, with casualties on both sides, the group said.",
                ],
            },
        ],
    },
    {
        "id": "own-en11",
        "published": "2023-12-19",
        "title": "Haiti: crowd lynches three suspected gang members in Petion-Ville",
        "text": """PORT-AU-PRINCE - Residents of Petion-Ville lynched and set on fire three suspected gang
        members on Sunday, police said. Separately, gunmen kidnapped a doctor as he left a clinic in Petion-Ville
        on Monday morning, his colleagues said. The "bwa kale" vigilante movement has killed hundreds of
        suspected gang members since April, according to the United Nations.""",
        "events": [
            {
                "sub": "Mob violence", "a1": ("Rioters (Haiti)", "HTI"), "a2": ("Civilians (Haiti)", "HTI"),
                "place": "Petion-Ville", "dates": ["2023-12-17"], "fat": 3, "sources": ["police"],
                "evidence": ["Residents of Petion-Ville lynched and set on fire three suspected gang members on Sunday, police said."],
            },
            {
                "sub": "Abduction/forced disappearance", "a1": ("Unidentified Gang (Haiti)", "HTI"),
                "a2": ("Civilians (Haiti)", "HTI"), "place": "Petion-Ville", "dates": ["2023-12-18"],
                "sources": ["his colleagues"],
                "evidence": ["Separately, gunmen kidnapped a doctor as he left a clinic in Petion-Ville on Monday morning, his colleagues said."],
            },
        ],
        "not_events": ["vigilante movement has killed hundreds of suspected gang members since April"],
    },
    {
        "id": "own-en12",
        "published": "2024-07-02",
        "title": "Colombia: drone attack on police station in Cauca; ELN extends ceasefire",
        "text": """BOGOTA - FARC dissidents attacked a police station in Suarez, in Cauca department, with
        explosive-laden drones on Saturday, wounding four officers, the national police said. On Sunday, ELN
        guerrillas and FARC dissidents fought for control of a smuggling route near Tame, in Arauca, leaving
        five fighters dead, the army said. Meanwhile, government and ELN negotiators agreed in Bogota on Monday
        to extend their bilateral ceasefire for six months. The ELN has threatened to suspend the talks if the
        government does not remove it from a list of armed groups.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": FARC_DISS, "a2": ("Police Forces of Colombia (2022-)", "COL"),
                "place": "Suarez", "dates": ["2024-06-29"], "inj": 4, "sources": ["the national police"],
                "evidence": [
                    "FARC dissidents attacked a police station in Suarez, in Cauca department, with explosive-laden drones on Saturday, wounding four officers, the national police said.",
                ],
            },
            {
                "sub": "Armed clash", "a1": ELN, "a2": FARC_DISS, "place": "Tame", "dates": ["2024-06-30"],
                "fat": 5, "sources": ["the army"],
                "evidence": [
                    "On Sunday, ELN guerrillas and FARC dissidents fought for control of a smuggling route near Tame, in Arauca, leaving five fighters dead, the army said.",
                ],
            },
            {
                "sub": "Agreement", "a1": ("Government of Colombia (2022-)", "COL"), "a2": ELN, "place": "Bogota",
                "dates": ["2024-07-01"],
                "evidence": [
                    "Meanwhile, government and ELN negotiators agreed in Bogota on Monday to extend their bilateral ceasefire for six months.",
                ],
            },
        ],
        "not_events": ["The ELN has threatened to suspend the talks if the government does not remove it from a list of armed groups."],
    },
    {
        "id": "own-en13",
        "published": "2025-02-18",
        "title": "Suicide bomber kills four at Bannu checkpoint; grenade wounds five in Quetta",
        "text": """PESHAWAR, Pakistan - A suicide bomber blew himself up near a police checkpoint in Bannu on
        Monday, killing three policemen and a passer-by, officials said. No group immediately claimed the attack.
        In Quetta, an unidentified attacker hurled a hand grenade at a mobile phone shop on Sunday evening,
        wounding five people. Police said they arrested two suspects linked to the Quetta attack on Monday.
        Militant attacks in Khyber Pakhtunkhwa and Balochistan rose sharply last year, according to an Islamabad
        think tank.""",
        "events": [
            {
                "sub": "Suicide bomb", "a1": PAK_GUNMEN, "a2": PAK_POLICE, "place": "Bannu",
                "dates": ["2025-02-17"], "fat": 4, "sources": ["officials"],
                "evidence": [
                    "A suicide bomber blew himself up near a police checkpoint in Bannu on Monday, killing three policemen and a passer-by, officials said.",
                ],
            },
            {
                "sub": "Grenade", "a1": PAK_GUNMEN, "a2": ("Civilians (Pakistan)", "PAK"), "place": "Quetta",
                "dates": ["2025-02-16"], "inj": 5,
                "evidence": [
                    "In Quetta, an unidentified attacker hurled a hand grenade at a mobile phone shop on Sunday evening, wounding five people.",
                ],
            },
            {
                "sub": "Arrests", "a1": PAK_POLICE, "a2": ("Civilians (Pakistan)", "PAK"), "place": "Quetta",
                "dates": ["2025-02-17"], "sources": ["Police"],
                "evidence": ["Police said they arrested two suspects linked to the Quetta attack on Monday."],
            },
        ],
        "not_events": ["Militant attacks in Khyber Pakhtunkhwa and Balochistan rose sharply last year"],
    },
    {
        "id": "own-en14",
        "published": "2025-07-08",
        "title": "Kenyan police kill two protesters in Nairobi",
        "text": """NAIROBI - Kenyan police fired live rounds and tear gas at protesters in Nairobi on Monday,
        killing at least two people and wounding dozens, a rights group said. The demonstrators were demanding
        justice for people killed in earlier protests. In the coastal city of Mombasa, several hundred people
        marched peacefully to the county offices on the same day. Organisers vowed to return to the streets next
        week.""",
        "events": [
            {
                "sub": "Excessive force against protesters", "a1": ("Police Forces of Kenya (2022-)", "KEN"),
                "a2": ("Protesters (Kenya)", "KEN"), "place": "Nairobi", "dates": ["2025-07-07"], "fat": 2,
                "inj_min": 12, "sources": ["a rights group"],
                "evidence": [
                    "Kenyan police fired live rounds and tear gas at protesters in Nairobi on Monday, killing at least two people and wounding dozens, a rights group said.",
                ],
            },
            {
                "sub": "Peaceful protest", "a1": ("Protesters (Kenya)", "KEN"), "a2": None, "place": "Mombasa",
                "dates": ["2025-07-07"],
                "evidence": [
                    "In the coastal city of Mombasa, several hundred people marched peacefully to the county offices on the same day.",
                ],
            },
        ],
        "not_events": [
            "The demonstrators were demanding justice for people killed in earlier protests.",
            "Organisers vowed to return to the streets next week.",
        ],
    },
    {
        "id": "own-en15",
        "published": "2024-03-14",
        "title": "Argentine police disperse pensioners' protest outside Congress",
        "text": """BUENOS AIRES - Argentine police used water cannon and pepper spray on Wednesday to
        disperse hundreds of pensioners protesting outside Congress in Buenos Aires against cuts to their
        benefits. Eleven people were detained, the security ministry said. A day earlier, thousands of state
        workers had marched peacefully through the streets of Cordoba to demand higher wages, according to the
        ATE union.""",
        "events": [
            {
                "sub": "Protest with intervention", "a1": ("Protesters (Argentina)", "ARG"),
                "a2": ("Police Forces of Argentina (2023-)", "ARG"), "place": "Buenos Aires",
                "dates": ["2024-03-13"], "sources": ["the security ministry"],
                "evidence": [
                    "Argentine police used water cannon and pepper spray on Wednesday to disperse hundreds of pensioners protesting outside Congress in Buenos Aires against cuts to their benefits.",
                    "Eleven people were detained, the security ministry said.",
                ],
            },
            {
                "sub": "Peaceful protest", "a1": ("Protesters (Argentina)", "ARG"), "a2": None, "place": "Cordoba",
                "dates": ["2024-03-12"], "sources": ["the ATE union"],
                "evidence": [
                    "A day earlier, thousands of state workers had marched peacefully through the streets of Cordoba to demand higher wages, according to the ATE union.",
                ],
            },
        ],
    },
    {
        "id": "own-en16",
        "published": "2024-01",
        "title": "Farmers bring tractors to Berlin in protest at subsidy cuts",
        "text": """BERLIN - Thousands of farmers drove their tractors into central Berlin on Monday to protest
        against planned cuts to diesel subsidies, police said. The rally at the Brandenburg Gate passed off
        peacefully, a police spokeswoman said. Farmers' associations threatened to block motorways across
        Germany if the government did not drop the cuts.""",
        "events": [
            {
                "sub": "Peaceful protest", "a1": ("Protesters (Germany)", "DEU"), "a2": None, "place": "Berlin",
                "dates": ["2024-01-01", "2024-01-29"], "sources": ["police", "a police spokeswoman"],
                "evidence": [
                    "Thousands of farmers drove their tractors into central Berlin on Monday to protest against planned cuts to diesel subsidies, police said.",
                    "The rally at the Brandenburg Gate passed off peacefully, a police spokeswoman said.",
                ],
            },
        ],
        "not_events": ["Farmers' associations threatened to block motorways across Germany if the government did not drop the cuts."],
    },
    {
        "id": "own-en17",
        "published": "2025-04-15",
        "title": "Women raped, displaced people killed near Bunia, charity says",
        "text": """Armed men raped four women who were collecting firewood outside a camp for displaced
        people near Bunia on Saturday, the medical charity that treated them said on Tuesday. Two days later,
        CODECO militiamen attacked the camp itself, killing seven displaced people with machetes and guns,
        according to a camp official. Ituri province has seen years of violence between armed groups from the
        Lendu and Hema communities.""",
        "events": [
            {
                "sub": "Sexual violence", "a1": ("Unidentified Armed Group (Democratic Republic of Congo)", "COD"),
                "a2": COD_CIV, "place": "Bunia", "dates": ["2025-04-12"], "sources": ["the medical charity"],
                "evidence": [
                    "Armed men raped four women who were collecting firewood outside a camp for displaced people near Bunia on Saturday, the medical charity that treated them said on Tuesday.",
                ],
            },
            {
                "sub": "Attack", "a1": CODECO, "a2": COD_CIV, "place": "Bunia", "dates": ["2025-04-14"], "fat": 7,
                "sources": ["a camp official"],
                "evidence": [
                    "Two days later, CODECO militiamen attacked the camp itself, killing seven displaced people with machetes and guns, according to a camp official.",
                ],
            },
        ],
        "not_events": ["Ituri province has seen years of violence between armed groups from the Lendu and Hema communities."],
    },
    {
        "id": "own-en18",
        "published": "2024-12-03",
        "title": "Burkina army says it retook Diapaga",
        "text": """OUAGADOUGOU - Burkina Faso's army said it had retaken the town of Diapaga in the east of the
        country on Saturday, weeks after jihadist fighters drove out local officials. Residents said fighters of
        the al Qaeda-linked JNIM had meanwhile set up a camp in a forest near Fada N'Gourma last week, from which
        they were stopping vehicles on the main road. Jihadist violence has killed more than 20,000 people in
        Burkina Faso since 2015.""",
        "events": [
            {
                "sub": "Government regains territory", "a1": ("Military Forces of Burkina Faso (2022-)", "BFA"),
                "a2": ("JNIM: Group for Support of Islam and Muslims", None), "place": "Diapaga",
                "dates": ["2024-11-30"], "sources": ["Burkina Faso's army"],
                "evidence": [
                    "Burkina Faso's army said it had retaken the town of Diapaga in the east of the country on Saturday, weeks after jihadist fighters drove out local officials.",
                ],
            },
            {
                "sub": "Headquarters or base established", "a1": ("JNIM: Group for Support of Islam and Muslims", None),
                "a2": None, "place": "Fada N'Gourma", "dates": ["2024-11-25", "2024-12-01"], "sources": ["Residents"],
                "evidence": [
                    "Residents said fighters of the al Qaeda-linked JNIM had meanwhile set up a camp in a forest near Fada N'Gourma last week",
                ],
            },
        ],
        "not_events": ["Jihadist violence has killed more than 20,000 people in Burkina Faso since 2015."],
    },
    {
        "id": "own-en19",
        "published": "2025-01-21",
        "title": "Ethiopia: clashes in Gondar, drone strike near Bahir Dar",
        "text": """ADDIS ABABA - Fano militiamen and Ethiopian federal troops clashed on Sunday in Gondar,
        killing at least seven people, residents said. On Saturday, a drone strike hit a minibus near Bahir Dar,
        killing 11 passengers, according to a health worker, who blamed the federal military. The government
        did not comment. The conflict in the Amhara region began in August 2023, when Fano fighters briefly seized
        several towns.""",
        "events": [
            {
                "sub": "Armed clash", "a1": ("Fano Militia", "ETH"), "a2": ETH_ARMY, "place": "Gondar",
                "dates": ["2025-01-19"], "fat": 7, "sources": ["residents"],
                "evidence": [
                    "Fano militiamen and Ethiopian federal troops clashed on Sunday in Gondar, killing at least seven people, residents said.",
                ],
            },
            {
                "sub": "Air/drone strike", "a1": ETH_ARMY, "a2": ("Civilians (Ethiopia)", "ETH"), "place": "Bahir Dar",
                "dates": ["2025-01-18"], "fat": 11, "sources": ["a health worker"],
                "evidence": [
                    "On Saturday, a drone strike hit a minibus near Bahir Dar, killing 11 passengers, according to a health worker, who blamed the federal military.",
                ],
            },
        ],
        "not_events": ["The conflict in the Amhara region began in August 2023, when Fano fighters briefly seized several towns."],
    },
    {
        "id": "own-en20",
        "published": "2023-10-31",
        "title": "Rioters loot foreign-owned shops in Durban after taxi driver's killing",
        "text": """JOHANNESBURG - Hundreds of residents of a Durban township blocked roads with burning tyres
        and looted shops owned by foreign nationals on Monday after rumours that foreigners were behind a spate of burglaries,
        police said. Twenty-three people were arrested for public violence, said police spokesman Robert Netshiunda.
        On Sunday, unknown arsonists torched eight minibuses at a taxi rank in Pietermaritzburg, in what police
        described as a dispute between rival taxi associations.""",
        "events": [
            {
                "sub": "Violent demonstration", "a1": ("Rioters (South Africa)", "ZAF"),
                "a2": ("Civilians (South Africa)", "ZAF"), "place": "Durban", "dates": ["2023-10-30"],
                "sources": ["police", "police spokesman Robert Netshiunda"],
                "evidence": [
                    "Hundreds of residents of a Durban township blocked roads with burning tyres and looted shops owned by foreign nationals on Monday after rumours that foreigners were behind a spate of burglaries, police said.",
                    "Twenty-three people were arrested for public violence, said police spokesman Robert Netshiunda.",
                ],
            },
            {
                "sub": "Looting/property destruction", "a1": ("Unidentified Armed Group (South Africa)", "ZAF"),
                "a2": ("Civilians (South Africa)", "ZAF"), "place": "Pietermaritzburg", "dates": ["2023-10-29"],
                "sources": ["police"],
                "evidence": [
                    "On Sunday, unknown arsonists torched eight minibuses at a taxi rank in Pietermaritzburg, in what police described as a dispute between rival taxi associations.",
                ],
            },
        ],
    },
]
