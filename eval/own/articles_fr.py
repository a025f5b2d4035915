"""French articles of the project's own evaluation set (fictional events, real places; CC0)."""

MLI_ARMY = ("Military Forces of Mali (2021-)", "MLI")
BFA_ARMY = ("Military Forces of Burkina Faso (2022-)", "BFA")
JNIM = ("JNIM: Group for Support of Islam and Muslims", None)

ARTICLES = [
    {
        "id": "own-fr01",
        "published": "2023-08-17",
        "title": "Mali : des frappes de drone près de Ménaka, trois civils tués selon des habitants",
        "text": """Bamako - Des frappes de drone ont visé mardi soir un rassemblement de combattants de
        l'État islamique au Sahel près de Ménaka, dans le nord-est du Mali, a affirmé jeudi l'armée malienne
        dans un communiqué. L'état-major dit avoir « neutralisé plusieurs terroristes », sans fournir de bilan
        chiffré. Des habitants joints par téléphone ont fait état de trois civils tués, dont un enfant, lors
        de ces frappes. Depuis janvier, plus de 150 civils ont été tués dans la région de Ménaka, selon un
        décompte des Nations unies. Par ailleurs, la Minusma a remis lundi aux Forces armées maliennes son camp
        d'Ansongo, dans le cadre du retrait de la mission onusienne exigé par la junte.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": MLI_ARMY, "a2": ("Islamic State (Sahel)", "MLI"),
                "place": "Menaka", "dates": ["2023-08-15"], "fat": 3,
                "sources": ["l'armée malienne", "des habitants"],
                "evidence": [
                    "Des frappes de drone ont visé mardi soir un rassemblement de combattants de l'État islamique au Sahel près de Ménaka, dans le nord-est du Mali, a affirmé jeudi l'armée malienne dans un communiqué.",
                    "Des habitants joints par téléphone ont fait état de trois civils tués, dont un enfant, lors de ces frappes.",
                ],
            },
            {
                "sub": "Non-violent transfer of territory", "a1": MLI_ARMY,
                "a2": ("MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)", None),
                "place": "Ansongo", "dates": ["2023-08-14"],
                "evidence": [
                    "la Minusma a remis lundi aux Forces armées maliennes son camp d'Ansongo",
                ],
            },
        ],
        "not_events": ["Depuis janvier, plus de 150 civils ont été tués dans la région de Ménaka"],
    },
    {
        "id": "own-fr02",
        "published": "2024-05-22",
        "title": "Burkina : au moins trente-deux civils tués dans une attaque près de Djibo",
        "text": """Ouagadougou - Au moins trente-deux civils ont été tués dimanche dans l'attaque d'un
        village situé à une quinzaine de kilomètres de Djibo, dans le nord du Burkina Faso, ont indiqué mercredi
        des sources locales. Les assaillants, soupçonnés d'appartenir au JNIM, lié à Al-Qaïda, sont arrivés à
        moto et ont ouvert le feu sur les habitants réunis au marché. Le lendemain, quatre soldats ont péri
        lorsque leur véhicule a sauté sur un engin explosif près de Dori, selon une source sécuritaire, qui a
        également fait état de plusieurs blessés. Le groupe jihadiste a menacé de frapper d'autres villages
        accusés de collaborer avec l'armée. Les violences jihadistes ont fait des milliers de morts au Burkina
        depuis 2015.""",
        "events": [
            {
                "sub": "Attack", "a1": JNIM, "a2": ("Civilians (Burkina Faso)", "BFA"),
                "place": "Djibo", "dates": ["2024-05-19"], "fat": 32,
                "sources": ["des sources locales"],
                "evidence": [
                    "Au moins trente-deux civils ont été tués dimanche dans l'attaque d'un village situé à une quinzaine de kilomètres de Djibo, dans le nord du Burkina Faso, ont indiqué mercredi des sources locales.",
                    "Les assaillants, soupçonnés d'appartenir au JNIM, lié à Al-Qaïda, sont arrivés à moto et ont ouvert le feu sur les habitants réunis au marché.",
                ],
            },
            {
                "sub": "Remote explosive/landmine/IED", "a1": ("Unidentified Armed Group (Burkina Faso)", "BFA"),
                "a2": BFA_ARMY, "place": "Dori", "dates": ["2024-05-20"], "fat": 4, "inj_min": 1,
                "sources": ["une source sécuritaire"],
                "evidence": [
                    "Le lendemain, quatre soldats ont péri lorsque leur véhicule a sauté sur un engin explosif près de Dori, selon une source sécuritaire, qui a également fait état de plusieurs blessés.",
                ],
            },
        ],
        "not_events": [
            "Le groupe jihadiste a menacé de frapper d'autres villages accusés de collaborer avec l'armée.",
            "Les violences jihadistes ont fait des milliers de morts au Burkina depuis 2015.",
        ],
    },
    {
        "id": "own-fr03",
        "published": "2023-11-08",
        "title": "Niger : six soldats et dix-huit assaillants tués près de Tillabéri",
        "text": """Niamey - Six militaires nigériens ont été tués et dix-huit assaillants « neutralisés »
        lundi lors de combats avec des hommes de l'État islamique au Sahel près de Tillabéri, a annoncé mardi
        soir le ministère de la Défense. Douze soldats blessés ont été évacués vers Niamey, a précisé le
        ministère dans un communiqué lu à la télévision publique. Samedi, des milliers de personnes avaient
        défilé dans le calme à Niamey pour réclamer le départ des soldats français encore présents dans le
        pays. Les manifestants brandissaient des drapeaux nigériens et russes.""",
        "events": [
            {
                "sub": "Armed clash", "a1": ("Military Forces of Niger (2023-)", "NER"),
                "a2": ("Islamic State (Sahel)", "NER"), "place": "Tillaberi", "dates": ["2023-11-06"],
                "fat": 24, "inj": 12, "sources": ["le ministère de la Défense"],
                "evidence": [
                    "Six militaires nigériens ont été tués et dix-huit assaillants « neutralisés » lundi lors de combats avec des hommes de l'État islamique au Sahel près de Tillabéri, a annoncé mardi soir le ministère de la Défense.",
                    "Douze soldats blessés ont été évacués vers Niamey",
                ],
            },
            {
                "sub": "Peaceful protest", "a1": ("Protesters (Niger)", "NER"), "a2": None,
                "place": "Niamey", "dates": ["2023-11-04"],
                "evidence": [
                    "Samedi, des milliers de personnes avaient défilé dans le calme à Niamey pour réclamer le départ des soldats français encore présents dans le pays.",
                ],
            },
        ],
    },
    {
        "id": "own-fr04",
        "published": "2024-07-02",
        "title": "Nigeria : une kamikaze tue au moins 12 personnes dans un marché de Maiduguri",
        "text": """Une femme kamikaze s'est fait exploser dimanche dans un marché aux bestiaux de Maiduguri,
        la capitale de l'État de Borno, dans le nord-est du Nigeria, tuant au moins 12 personnes, selon
        l'agence de gestion des urgences de l'État (SEMA). L'explosion s'est produite en fin de matinée, à
        l'heure de la plus forte affluence, a raconté un commerçant. Une quarantaine de blessés ont été
        transportés à l'hôpital universitaire, a précisé la SEMA. L'attentat de dimanche n'a pas été
        revendiqué, mais la police l'attribue aux jihadistes de Boko Haram, qui ont souvent recours à des
        femmes et à des adolescentes. Le conflit jihadiste a fait plus de 40 000 morts et deux millions de
        déplacés dans le nord-est du Nigeria depuis 2009. L'attaque du marché de Maiduguri est la plus
        meurtrière dans la ville depuis le début de l'année.""",
        "events": [
            {
                "sub": "Suicide bomb",
                "a1": ("Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "NGA"),
                "a2": ("Civilians (Nigeria)", "NGA"), "place": "Maiduguri", "dates": ["2024-06-30"],
                "fat": 12, "inj": 40, "sources": ["l'agence de gestion des urgences de l'État (SEMA)", "la police"],
                "evidence": [
                    "Une femme kamikaze s'est fait exploser dimanche dans un marché aux bestiaux de Maiduguri, la capitale de l'État de Borno, dans le nord-est du Nigeria, tuant au moins 12 personnes, selon l'agence de gestion des urgences de l'État (SEMA).",
                    "L'attentat de dimanche n'a pas été revendiqué, mais la police l'attribue aux jihadistes de Boko Haram",
                    "L'attaque du marché de Maiduguri est la plus meurtrière dans la ville depuis le début de l'année.",
                ],
            },
        ],
        "not_events": ["Le conflit jihadiste a fait plus de 40 000 morts et deux millions de déplacés"],
    },
    {
        "id": "own-fr05",
        "published": "2025-02",
        "title": "Tchad : manifestation contre les délestages dispersée à N'Djamena",
        "text": """N'Djamena - La police tchadienne a dispersé mardi à coups de gaz lacrymogène plusieurs
        centaines de jeunes qui manifestaient contre les coupures d'électricité dans le quartier de Chagoua, à
        N'Djamena. Les manifestants, qui scandaient « nous voulons la lumière », avaient bloqué une avenue avec
        des tables et des pierres. « Nous sommes dans le noir depuis trois semaines », a expliqué un étudiant.
        La société nationale d'électricité a promis un retour à la normale d'ici la fin du mois.""",
        "events": [
            {
                "sub": "Protest with intervention", "a1": ("Protesters (Chad)", "TCD"),
                "a2": ("Police Forces of Chad (2021-)", "TCD"), "place": "N'Djamena",
                "dates": ["2025-01-28", "2025-02-25"],
                "evidence": [
                    "La police tchadienne a dispersé mardi à coups de gaz lacrymogène plusieurs centaines de jeunes qui manifestaient contre les coupures d'électricité dans le quartier de Chagoua, à N'Djamena.",
                ],
            },
        ],
    },
    {
        "id": "own-fr06",
        "published": "2025-01-21",
        "title": "RDC : le M23 s'empare de Sake, des obus tombent sur Goma",
        "text": """Goma - Les rebelles du M23 ont pris dimanche le contrôle de la localité de Sake, à une
        vingtaine de kilomètres de Goma, après de violents combats avec l'armée congolaise (FARDC), a déclaré
        un porte-parole de la société civile locale. L'armée n'a pas confirmé la perte de la ville. Lundi, des
        obus tirés depuis les positions rebelles sont tombés sur le quartier de Mugunga, à Goma, tuant deux
        civils et en blessant sept autres, selon un responsable de l'hôpital de Ndosho. Le M23, soutenu par le
        Rwanda selon l'ONU, contrôle depuis 2022 de larges pans de la province du Nord-Kivu.""",
        "events": [
            {
                "sub": "Non-state actor overtakes territory", "a1": ("M23: March 23 Movement", "COD"),
                "a2": ("Military Forces of the Democratic Republic of Congo (2019-)", "COD"),
                "place": "Sake", "dates": ["2025-01-19"],
                "sources": ["un porte-parole de la société civile locale"],
                "evidence": [
                    "Les rebelles du M23 ont pris dimanche le contrôle de la localité de Sake, à une vingtaine de kilomètres de Goma, après de violents combats avec l'armée congolaise (FARDC), a déclaré un porte-parole de la société civile locale.",
                ],
            },
            {
                "sub": "Shelling/artillery/missile attack", "a1": ("M23: March 23 Movement", "COD"),
                "a2": ("Civilians (Democratic Republic of Congo)", "COD"), "place": "Goma",
                "dates": ["2025-01-20"], "fat": 2, "inj": 7,
                "sources": ["un responsable de l'hôpital de Ndosho"],
                "evidence": [
                    "Lundi, des obus tirés depuis les positions rebelles sont tombés sur le quartier de Mugunga, à Goma, tuant deux civils et en blessant sept autres, selon un responsable de l'hôpital de Ndosho.",
                ],
            },
        ],
        "not_events": ["contrôle depuis 2022 de larges pans de la province du Nord-Kivu"],
    },
    {
        "id": "own-fr07",
        "published": "2024-10-10",
        "title": "Ituri : une ONG dénonce des viols massifs autour de Djugu",
        "text": """Bunia - Au moins quinze femmes ont été violées par des miliciens de la CODECO lors d'une
        incursion la semaine dernière dans plusieurs villages autour de Djugu, en Ituri, a dénoncé mercredi une
        ONG locale de défense des droits des femmes. Les victimes ont été prises en charge dans un centre de
        santé de la zone. Par ailleurs, des rebelles des ADF ont tué six civils à coups de machette dans la nuit
        de lundi à mardi près de Beni, dans la province voisine du Nord-Kivu, selon la société civile locale.
        L'armée dit avoir lancé des opérations de ratissage.""",
        "events": [
            {
                "sub": "Sexual violence", "a1": ("CODECO: Cooperative for Development of Congo", "COD"),
                "a2": ("Civilians (Democratic Republic of Congo)", "COD"), "place": "Djugu",
                "dates": ["2024-09-30", "2024-10-06"],
                "sources": ["une ONG locale de défense des droits des femmes"],
                "evidence": [
                    "Au moins quinze femmes ont été violées par des miliciens de la CODECO lors d'une incursion la semaine dernière dans plusieurs villages autour de Djugu, en Ituri, a dénoncé mercredi une ONG locale de défense des droits des femmes.",
                ],
            },
            {
                "sub": "Attack", "a1": ("ADF: Allied Democratic Forces", None),
                "a2": ("Civilians (Democratic Republic of Congo)", "COD"), "place": "Beni",
                "dates": ["2024-10-07", "2024-10-08"], "fat": 6,
                "sources": ["la société civile locale"],
                "evidence": [
                    "des rebelles des ADF ont tué six civils à coups de machette dans la nuit de lundi à mardi près de Beni, dans la province voisine du Nord-Kivu, selon la société civile locale.",
                ],
            },
        ],
    },
    {
        "id": "own-fr08",
        "published": "2024-04-25",
        "title": "Haïti : neuf morts dans une attaque de gangs, cinq religieux enlevés",
        "text": """Port-au-Prince - Des gangs armés ont attaqué dans la nuit de lundi à mardi le quartier
        de Solino, à Port-au-Prince, tuant au moins 9 personnes et incendiant des dizaines de maisons, a
        rapporté un collectif de défense des droits humains. Mercredi, cinq religieux ont été enlevés par des
        membres du gang 400 Mawozo sur la route de Croix-des-Bouquets, a confirmé jeudi leur congrégation, qui
        dit ne pas avoir reçu de demande de rançon. Selon l'ONU, plus de 2 500 personnes ont été tuées ou
        blessées dans les violences des gangs au premier trimestre.""",
        "events": [
            {
                "sub": "Attack", "a1": ("Unidentified Gang (Haiti)", "HTI"), "a2": ("Civilians (Haiti)", "HTI"),
                "place": "Port-au-Prince", "dates": ["2024-04-22", "2024-04-23"], "fat": 9,
                "sources": ["un collectif de défense des droits humains"],
                "evidence": [
                    "Des gangs armés ont attaqué dans la nuit de lundi à mardi le quartier de Solino, à Port-au-Prince, tuant au moins 9 personnes et incendiant des dizaines de maisons, a rapporté un collectif de défense des droits humains.",
                ],
            },
            {
                "sub": "Abduction/forced disappearance", "a1": ("400 Mawozo Gang", "HTI"),
                "a2": ("Civilians (Haiti)", "HTI"), "place": "Croix-des-Bouquets", "dates": ["2024-04-24"],
                "sources": ["leur congrégation"],
                "evidence": [
                    "Mercredi, cinq religieux ont été enlevés par des membres du gang 400 Mawozo sur la route de Croix-des-Bouquets, a confirmé jeudi leur congrégation",
                ],
            },
        ],
        "not_events": ["plus de 2 500 personnes ont été tuées ou blessées dans les violences des gangs au premier trimestre"],
    },
    {
        "id": "own-fr09",
        "published": "2025-03-06",
        "title": "Grève des enseignants : cortèges calmes à Paris et Lyon, heurts à Nantes",
        "text": """Plusieurs dizaines de milliers d'enseignants ont défilé mardi à Paris contre les
        suppressions de postes, selon les syndicats, 18 000 selon la préfecture de police. Le cortège parisien
        s'est déroulé dans le calme. À Lyon, environ 3 000 personnes ont manifesté sans incident, selon la
        préfecture du Rhône. À Nantes, en revanche, des heurts ont éclaté en fin de cortège : des manifestants
        ont brisé des vitrines et lancé des projectiles sur les forces de l'ordre, qui ont répliqué avec des
        gaz lacrymogènes. Onze personnes ont été interpellées, a indiqué la préfecture de Loire-Atlantique. Les
        syndicats appellent à une nouvelle journée de mobilisation le 20 mars.""",
        "events": [
            {
                "sub": "Peaceful protest", "a1": ("Protesters (France)", "FRA"), "a2": None,
                "place": "Paris", "dates": ["2025-03-04"],
                "sources": ["les syndicats", "la préfecture de police"],
                "evidence": [
                    "Plusieurs dizaines de milliers d'enseignants ont défilé mardi à Paris contre les suppressions de postes, selon les syndicats, 18 000 selon la préfecture de police.",
                    "Le cortège parisien s'est déroulé dans le calme.",
                ],
            },
            {
                "sub": "Peaceful protest", "a1": ("Protesters (France)", "FRA"), "a2": None,
                "place": "Lyon", "dates": ["2025-03-04"], "sources": ["la préfecture du Rhône"],
                "evidence": ["À Lyon, environ 3 000 personnes ont manifesté sans incident, selon la préfecture du Rhône."],
            },
            {
                "sub": "Violent demonstration", "a1": ("Rioters (France)", "FRA"),
                "a2": ("Police Forces of France (2022-)", "FRA"), "place": "Nantes", "dates": ["2025-03-04"],
                "sources": ["la préfecture de Loire-Atlantique"],
                "evidence": [
                    "À Nantes, en revanche, des heurts ont éclaté en fin de cortège : des manifestants ont brisé des vitrines et lancé des projectiles sur les forces de l'ordre, qui ont répliqué avec des gaz lacrymogènes.",
                    "Onze personnes ont été interpellées, a indiqué la préfecture de Loire-Atlantique.",
                ],
            },
        ],
        "not_events": ["Les syndicats appellent à une nouvelle journée de mobilisation le 20 mars."],
    },
    {
        "id": "own-fr10",
        "published": "2024-02-07",
        "title": "Sénégal : un manifestant tué à Ziguinchor, dispersion à Dakar",
        "text": """Dakar - Un jeune homme a été tué par balle lundi à Ziguinchor lorsque des gendarmes ont
        ouvert le feu sur des manifestants qui protestaient contre le report de l'élection présidentielle, a-t-on
        appris de sources hospitalières. Quatre autres manifestants ont été blessés, selon les mêmes sources. À
        Dakar, la police a dispersé le même jour à coups de grenades lacrymogènes plusieurs centaines de
        personnes rassemblées devant l'Assemblée nationale. Depuis samedi, au moins 150 personnes ont été
        arrêtées dans tout le pays, selon Amnesty International.""",
        "events": [
            {
                "sub": "Excessive force against protesters", "a1": ("Gendarmerie of Senegal (2012-2024)", "SEN"),
                "a2": ("Protesters (Senegal)", "SEN"), "place": "Ziguinchor", "dates": ["2024-02-05"],
                "fat": 1, "inj": 4, "sources": ["sources hospitalières"],
                "evidence": [
                    "Un jeune homme a été tué par balle lundi à Ziguinchor lorsque des gendarmes ont ouvert le feu sur des manifestants qui protestaient contre le report de l'élection présidentielle, a-t-on appris de sources hospitalières.",
                    "Quatre autres manifestants ont été blessés, selon les mêmes sources.",
                ],
            },
            {
                "sub": "Protest with intervention", "a1": ("Protesters (Senegal)", "SEN"),
                "a2": ("Police Forces of Senegal (2012-2024)", "SEN"), "place": "Dakar", "dates": ["2024-02-05"],
                "evidence": [
                    "À Dakar, la police a dispersé le même jour à coups de grenades lacrymogènes plusieurs centaines de personnes rassemblées devant l'Assemblée nationale.",
                ],
            },
        ],
        "not_events": ["Depuis samedi, au moins 150 personnes ont été arrêtées dans tout le pays"],
    },
    {
        "id": "own-fr11",
        "published": "2023-09-27",
        "title": "Cameroun anglophone : un maire enlevé, cinq séparatistes tués",
        "text": """Yaoundé - Des séparatistes armés ont enlevé samedi soir le maire d'une commune rurale
        proche de Bamenda, chef-lieu de la région du Nord-Ouest, a-t-on appris mardi auprès de sa famille.
        Dimanche, l'armée a affirmé avoir tué cinq séparatistes lors d'un accrochage dans un quartier de
        Bamenda. Les séparatistes ont décrété un « confinement » de dix jours dans les régions anglophones à
        partir du 1er octobre. Le conflit a fait plus de 6 000 morts depuis fin 2016, selon l'International
        Crisis Group.""",
        "events": [
            {
                "sub": "Abduction/forced disappearance", "a1": ("Ambazonian Separatists", "CMR"),
                "a2": ("Government of Cameroon (1982-)", "CMR"), "place": "Bamenda", "dates": ["2023-09-23"],
                "sources": ["sa famille"],
                "evidence": [
                    "Des séparatistes armés ont enlevé samedi soir le maire d'une commune rurale proche de Bamenda, chef-lieu de la région du Nord-Ouest, a-t-on appris mardi auprès de sa famille.",
                ],
            },
            {
                "sub": "Armed clash", "a1": ("Military Forces of Cameroon (1982-)", "CMR"),
                "a2": ("Ambazonian Separatists", "CMR"), "place": "Bamenda", "dates": ["2023-09-24"], "fat": 5,
                "sources": ["l'armée"],
                "evidence": ["Dimanche, l'armée a affirmé avoir tué cinq séparatistes lors d'un accrochage dans un quartier de Bamenda."],
            },
        ],
        "not_events": [
            "Les séparatistes ont décrété un « confinement » de dix jours dans les régions anglophones à partir du 1er octobre.",
            "Le conflit a fait plus de 6 000 morts depuis fin 2016",
        ],
    },
    {
        "id": "own-fr12",
        "published": "2024-06-11",
        "title": "Liban : deux membres du Hezbollah tués par une frappe de drone à Nabatieh",
        "text": """Beyrouth - Une frappe de drone israélienne a visé lundi une voiture à Nabatieh, dans le
        sud du Liban, tuant deux membres du Hezbollah, a indiqué une source de sécurité libanaise. Le mouvement
        chiite a dit avoir tiré dans la foulée une salve de roquettes sur une caserne du nord d'Israël, sans
        faire de victime selon l'armée israélienne. Depuis octobre, les échanges de tirs à la frontière ont
        fait plus de 450 morts au Liban, en majorité des combattants.""",
        "events": [
            {
                "sub": "Air/drone strike", "a1": ("Military Forces of Israel (2022-)", "ISR"),
                "a2": ("Hezbollah", "LBN"), "place": "Nabatieh", "dates": ["2024-06-10"], "fat": 2,
                "sources": ["une source de sécurité libanaise"],
                "evidence": [
                    "Une frappe de drone israélienne a visé lundi une voiture à Nabatieh, dans le sud du Liban, tuant deux membres du Hezbollah, a indiqué une source de sécurité libanaise.",
                ],
            },
            {
                "sub": "Shelling/artillery/missile attack", "a1": ("Hezbollah", "LBN"),
                "a2": ("Military Forces of Israel (2022-)", "ISR"), "place": "Northern Israel",
                "dates": ["2024-06-10"], "sources": ["l'armée israélienne"],
                "evidence": [
                    "Le mouvement chiite a dit avoir tiré dans la foulée une salve de roquettes sur une caserne du nord d'Israël, sans faire de victime selon l'armée israélienne.",
                ],
            },
        ],
        "not_events": ["Depuis octobre, les échanges de tirs à la frontière ont fait plus de 450 morts au Liban"],
    },
    {
        "id": "own-fr13",
        "published": "2023-12-19",
        "title": "Syrie : quatre civils tués par des tirs d'artillerie à Ariha",
        "text": """Des tirs d'artillerie des forces gouvernementales ont frappé dimanche la ville d'Ariha,
        dans la province d'Idleb, tuant quatre civils dont deux enfants, selon les Casques blancs. Des avions
        russes ont par ailleurs bombardé lundi les abords de la ville d'Idleb, sans faire de victimes, a
        rapporté l'Observatoire syrien des droits de l'homme (OSDH). La région d'Idleb, dernier grand bastion
        rebelle, abrite quelque trois millions de personnes, dont une majorité de déplacés.""",
        "events": [
            {
                "sub": "Shelling/artillery/missile attack", "a1": ("Military Forces of Syria (2000-2024)", "SYR"),
                "a2": ("Civilians (Syria)", "SYR"), "place": "Ariha", "dates": ["2023-12-17"], "fat": 4,
                "sources": ["les Casques blancs"],
                "evidence": [
                    "Des tirs d'artillerie des forces gouvernementales ont frappé dimanche la ville d'Ariha, dans la province d'Idleb, tuant quatre civils dont deux enfants, selon les Casques blancs.",
                ],
            },
            {
                "sub": "Air/drone strike", "a1": ("Military Forces of Russia (2000-)", "RUS"), "a2": None,
                "place": "Idlib", "dates": ["2023-12-18"],
                "sources": ["l'Observatoire syrien des droits de l'homme (OSDH)"],
                "evidence": [
                    "Des avions russes ont par ailleurs bombardé lundi les abords de la ville d'Idleb, sans faire de victimes, a rapporté l'Observatoire syrien des droits de l'homme (OSDH).",
                ],
            },
        ],
    },
    {
        "id": "own-fr14",
        "published": "2024-08-16",
        "title": "Mozambique : des insurgés pillent Mocímboa da Praia",
        "text": """Maputo - Des insurgés liés à l'État islamique ont pillé jeudi dernier des magasins et
        incendié une église à Mocímboa da Praia, dans la province de Cabo Delgado, avant de se retirer sans
        combattre, selon des habitants cités vendredi par une radio communautaire. Aucune victime n'a été
        signalée. Le conflit dans le nord du Mozambique a fait plus d'un million de déplacés depuis 2017.""",
        "events": [
            {
                "sub": "Looting/property destruction", "a1": ("Islamic State (Mozambique)", "MOZ"),
                "a2": ("Civilians (Mozambique)", "MOZ"), "place": "Mocimboa da Praia",
                "dates": ["2024-08-08", "2024-08-15"], "sources": ["des habitants", "une radio communautaire"],
                "evidence": [
                    "Des insurgés liés à l'État islamique ont pillé jeudi dernier des magasins et incendié une église à Mocímboa da Praia, dans la province de Cabo Delgado, avant de se retirer sans combattre, selon des habitants cités vendredi par une radio communautaire.",
                ],
            },
        ],
    },
    {
        "id": "own-fr15",
        "published": "2025-04-15",
        "title": "Centrafrique : accord de cessez-le-feu avec l'UPC et le 3R, un convoi de la Minusca attaqué",
        "text": """Bangui - Le gouvernement centrafricain et deux groupes armés, l'Unité pour la paix en
        Centrafrique (UPC) et le mouvement 3R, ont signé samedi à Bangui un accord de cessez-le-feu, a annoncé la
        présidence. L'accord prévoit le cantonnement des combattants sous trois mois. Deux jours plus tard, des
        hommes armés présentés comme des combattants de l'UPC ont attaqué un convoi de la Minusca près de Bria,
        blessant deux Casques bleus, selon un communiqué de la mission onusienne. Le porte-parole de l'UPC a nié
        toute implication.""",
        "events": [
            {
                "sub": "Agreement", "a1": ("Government of the Central African Republic (2016-)", "CAF"),
                "a2": ("UPC: Union for Peace in the Central African Republic", "CAF"), "place": "Bangui",
                "dates": ["2025-04-12"], "sources": ["la présidence"],
                "evidence": [
                    "Le gouvernement centrafricain et deux groupes armés, l'Unité pour la paix en Centrafrique (UPC) et le mouvement 3R, ont signé samedi à Bangui un accord de cessez-le-feu, a annoncé la présidence.",
                ],
            },
            {
                "sub": "Armed clash", "a1": ("UPC: Union for Peace in the Central African Republic", "CAF"),
                "a2": ("MINUSCA: United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic (2014-)", None),
                "place": "Bria", "dates": ["2025-04-14"], "inj": 2, "sources": ["un communiqué de la mission onusienne"],
                "evidence": [
                    "Deux jours plus tard, des hommes armés présentés comme des combattants de l'UPC ont attaqué un convoi de la Minusca près de Bria, blessant deux Casques bleus, selon un communiqué de la mission onusienne.",
                ],
            },
        ],
    },
    {
        "id": "own-fr16",
        "published": "2024-09-24",
        "title": "Somalie : attentat-suicide devant un restaurant de Mogadiscio",
        "text": """Mogadiscio - Un kamikaze s'est fait exploser dimanche soir devant un restaurant du
        quartier de Lido, à Mogadiscio, tuant au moins sept personnes, a annoncé la police somalienne. Dix-neuf
        blessés ont été admis à l'hôpital Madina, où un médecin a fait état de dix morts. Les shebab, affiliés à
        Al-Qaïda, ont revendiqué l'attentat dans un message diffusé sur une radio proche du groupe.""",
        "events": [
            {
                "sub": "Suicide bomb", "a1": ("Al Shabaab", "SOM"), "a2": ("Civilians (Somalia)", "SOM"),
                "place": "Mogadishu", "dates": ["2024-09-22"], "fat": 7, "fat_max": 10, "inj": 19,
                "sources": ["la police somalienne", "un médecin"],
                "evidence": [
                    "Un kamikaze s'est fait exploser dimanche soir devant un restaurant du quartier de Lido, à Mogadiscio, tuant au moins sept personnes, a annoncé la police somalienne.",
                    "Dix-neuf blessés ont été admis à l'hôpital Madina, où un médecin a fait état de dix morts.",
                    "Les shebab, affiliés à Al-Qaïda, ont revendiqué l'attentat",
                ],
            },
        ],
    },
    {
        "id": "own-fr17",
        "published": "2024-12-03",
        "title": "Soudan : onze civils tués par des bombardements des FSR à El-Facher",
        "text": """Port-Soudan - Les Forces de soutien rapide (FSR) ont bombardé hier le camp de déplacés
        d'Abou Chouk, à El-Facher, tuant 11 civils, selon le réseau des médecins soudanais. La ville, capitale
        du Darfour-Nord, est assiégée par les paramilitaires depuis mai. L'armée soudanaise a pour sa part
        affirmé avoir mené la semaine dernière des frappes aériennes sur des positions des FSR à Nyala, dans le
        Darfour-Sud, sans donner de bilan. La guerre a fait des dizaines de milliers de morts depuis avril
        2023.""",
        "events": [
            {
                "sub": "Shelling/artillery/missile attack", "a1": ("Rapid Support Forces", "SDN"),
                "a2": ("Civilians (Sudan)", "SDN"), "place": "El Fasher", "dates": ["2024-12-02"], "fat": 11,
                "sources": ["le réseau des médecins soudanais"],
                "evidence": [
                    "Les Forces de soutien rapide (FSR) ont bombardé hier le camp de déplacés d'Abou Chouk, à El-Facher, tuant 11 civils, selon le réseau des médecins soudanais.",
                ],
            },
            {
                "sub": "Air/drone strike", "a1": ("Military Forces of Sudan (2019-)", "SDN"),
                "a2": ("Rapid Support Forces", "SDN"), "place": "Nyala", "dates": ["2024-11-25", "2024-12-01"],
                "sources": ["L'armée soudanaise"],
                "evidence": [
                    "L'armée soudanaise a pour sa part affirmé avoir mené la semaine dernière des frappes aériennes sur des positions des FSR à Nyala, dans le Darfour-Sud, sans donner de bilan.",
                ],
            },
        ],
        "not_events": ["La guerre a fait des dizaines de milliers de morts depuis avril 2023."],
    },
    {
        "id": "own-fr18",
        "published": "2025-05-13",
        "title": "Ukraine : trois morts dans une frappe de missile sur Kharkiv",
        "text": """Kiev - Un missile russe a frappé dans la nuit de dimanche à lundi un immeuble
        résidentiel de Kharkiv, tuant trois personnes et en blessant 25 autres, a annoncé le gouverneur régional
        Oleh Synehoubov sur Telegram. Moscou a pour sa part affirmé avoir abattu dans la même nuit 40 drones
        ukrainiens au-dessus de la région de Belgorod, frontalière de l'Ukraine. Kiev et Moscou se renvoient la
        responsabilité de l'échec des pourparlers sur un cessez-le-feu.""",
        "events": [
            {
                "sub": "Shelling/artillery/missile attack", "a1": ("Military Forces of Russia (2000-)", "RUS"),
                "a2": ("Civilians (Ukraine)", "UKR"), "place": "Kharkiv", "dates": ["2025-05-11", "2025-05-12"],
                "fat": 3, "inj": 25, "sources": ["le gouverneur régional Oleh Synehoubov"],
                "evidence": [
                    "Un missile russe a frappé dans la nuit de dimanche à lundi un immeuble résidentiel de Kharkiv, tuant trois personnes et en blessant 25 autres, a annoncé le gouverneur régional Oleh Synehoubov sur Telegram.",
                ],
            },
            {
                "sub": "Disrupted weapons use", "a1": ("Military Forces of Russia (2000-)", "RUS"),
                "a2": ("Military Forces of Ukraine (2019-)", "UKR"), "place": "Belgorod region",
                "dates": ["2025-05-11", "2025-05-12"], "sources": ["Moscou"],
                "evidence": [
                    "Moscou a pour sa part affirmé avoir abattu dans la même nuit 40 drones ukrainiens au-dessus de la région de Belgorod, frontalière de l'Ukraine.",
                ],
            },
        ],
    },
    {
        "id": "own-fr19",
        "published": "2025-01",
        "title": "Bénin : six soldats tués dans une attaque jihadiste près de Banikoara",
        "text": """Cotonou - Six soldats béninois ont été tués mercredi lors de l'attaque d'une position
        militaire près de Banikoara, dans le nord du pays, par des hommes armés venus de la frontière
        burkinabè, a indiqué une source militaire. Les assaillants, que l'armée attribue au JNIM, ont également
        subi des pertes, selon la même source. Le lendemain, des démineurs ont désamorcé
        deux engins explosifs posés sur la route reliant Banikoara à Kandi. Le nord du Bénin subit depuis 2021
        des incursions répétées de groupes jihadistes venus du Sahel.""",
        "events": [
            {
                "sub": "Armed clash", "a1": JNIM, "a2": ("Military Forces of Benin (2016-)", "BEN"),
                "place": "Banikoara", "dates": ["2025-01-01", "2025-01-29"], "fat": 6,
                "sources": ["une source militaire"],
                "evidence": [
                    "Six soldats béninois ont été tués mercredi lors de l'attaque d'une position militaire près de Banikoara, dans le nord du pays, par des hommes armés venus de la frontière burkinabè, a indiqué une source militaire.",
                ],
            },
            {
                "sub": "Disrupted weapons use", "a1": ("Military Forces of Benin (2016-)", "BEN"), "a2": None,
                "place": "Banikoara", "dates": ["2025-01-02", "2025-01-30"],
                "evidence": [
                    "Le lendemain, des démineurs ont désamorcé deux engins explosifs posés sur la route reliant Banikoara à Kandi.",
                ],
            },
        ],
        "not_events": ["Le nord du Bénin subit depuis 2021 des incursions répétées de groupes jihadistes venus du Sahel."],
    },
    {
        "id": "own-fr20",
        "published": "2023-10-31",
        "title": "Guinée : trois responsables du FNDC arrêtés à Conakry",
        "text": """Conakry - Les forces de sécurité guinéennes ont arrêté dimanche à Conakry trois
        responsables du Front national pour la défense de la Constitution (FNDC), a annoncé leur avocat. Un
        rassemblement de soutien organisé lundi devant le tribunal de Kaloum a été dispersé par la police, qui a
        fait usage de gaz lacrymogène. Le FNDC a appelé à manifester jeudi prochain dans toute la capitale. La
        junte au pouvoir depuis 2021 a interdit toute manifestation.""",
        "events": [
            {
                "sub": "Arrests", "a1": ("Police Forces of Guinea (2021-)", "GIN"),
                "a2": ("FNDC: National Front for the Defense of the Constitution", "GIN"), "place": "Conakry",
                "dates": ["2023-10-29"], "sources": ["leur avocat"],
                "evidence": [
                    "Les forces de sécurité guinéennes ont arrêté dimanche à Conakry trois responsables du Front national pour la défense de la Constitution (FNDC), a annoncé leur avocat.",
                ],
            },
            {
                "sub": "Protest with intervention", "a1": ("Protesters (Guinea)", "GIN"),
                "a2": ("Police Forces of Guinea (2021-)", "GIN"), "place": "Conakry", "dates": ["2023-10-30"],
                "evidence": [
                    "Un rassemblement de soutien organisé lundi devant le tribunal de Kaloum a été dispersé par la police, qui a fait usage de gaz lacrymogène.",
                ],
            },
        ],
        "not_events": ["Le FNDC a appelé à manifester jeudi prochain dans toute la capitale."],
    },
]
