"""English and Spanish translations of 24 demo programmes, their domains and certifications."""

from portail.demo.text import T

# Index in catalogue/data/training_offer.json → title in the three languages.
TRANSLATED_PROGRAMMES = {
    3: T(
        fr="BTS Gestion des systèmes d'information",
        en="BTS Information systems management",
        es="BTS Gestión de sistemas de información",
    ),
    9: T(
        fr=(
            "BTS SIO (Services informatiques aux organisations) option SLAM – Solutions logicielles et "
            "applications métier"
        ),
        en=(
            "BTS SIO (IT services for organisations), SLAM option – Software solutions and business "
            "applications"
        ),
        es=(
            "BTS SIO (Servicios informáticos para las organizaciones), opción SLAM – Soluciones de software "
            "y aplicaciones empresariales"
        ),
    ),
    11: T(
        fr="Développeur logiciel",
        en="Software developer",
        es="Desarrollador de software",
    ),
    21: T(
        fr=(
            "Licence professionnelle Métiers des réseaux informatiques & télécom, parcours Administration "
            "et sécurité des systèmes"
        ),
        en=(
            "Professional bachelor’s in IT networks and telecoms, pathway in systems administration and "
            "security"
        ),
        es=(
            "Licenciatura profesional en redes informáticas y telecomunicaciones, itinerario administración "
            "y seguridad de sistemas"
        ),
    ),
    27: T(
        fr="Certificat de compétence « Analyste en cybersécurité »",
        en="Certificate of competence “Cybersecurity analyst”",
        es="Certificado de competencias «Analista en ciberseguridad»",
    ),
    28: T(
        fr="Master informatique Intelligence artificielle et Optimisation",
        en="Master’s in computer science – artificial intelligence and optimisation",
        es="Máster en informática – inteligencia artificial y optimización",
    ),
    34: T(
        fr="Data – RGPD",
        en="Data – GDPR",
        es="Datos – RGPD",
    ),
    40: T(
        fr="TP CQP Monteur raccordeur FTTH",
        en="TP CQP FTTH fibre installer and splicer",
        es="TP CQP Instalador y empalmador de fibra FTTH",
    ),
    43: T(
        fr="Technicien boucle locale optique FTTx (mises en situation sur cas pratiques, plateau technique)",
        en=(
            "FTTx optical local loop technician (hands-on practice with real-world cases, equipped training "
            "workshop)"
        ),
        es="Técnico de bucle local óptico FTTx (prácticas con casos reales, taller técnico equipado)",
    ),
    45: T(
        fr="CAP Signalétique et décors graphiques",
        en="CAP Signage and graphic decoration",
        es="CAP Señalética y decoración gráfica",
    ),
    47: T(
        fr="Bac Pro Communication visuelle et plurimédia",
        en="Bac Pro Visual and cross-media communication",
        es="Bac Pro Comunicación visual y multimedia",
    ),
    50: T(
        fr="DN MADe parcours Médias numériques et image",
        en="DN MADe, pathway in digital media and image",
        es="DN MADe, itinerario medios digitales e imagen",
    ),
    55: T(
        fr="Adobe Photoshop (TOSA)",
        en="Adobe Photoshop (TOSA)",
        es="Adobe Photoshop (TOSA)",
    ),
    63: T(
        fr=(
            "BUT Métiers du multimédia et de l'internet, parcours Développement web et dispositifs "
            "interactifs"
        ),
        en="BUT Multimedia and internet professions, pathway in web development and interactive devices",
        es=(
            "BUT Profesiones del multimedia y de internet, itinerario desarrollo web y dispositivos "
            "interactivos"
        ),
    ),
    64: T(
        fr="BTS NDRC (Négociation et digitalisation de la relation client)",
        en="BTS NDRC (Sales negotiation and digital customer relations)",
        es="BTS NDRC (Negociación y digitalización de la relación con el cliente)",
    ),
    68: T(
        fr="BUT Techniques de commercialisation, parcours Marketing digital, e-business et entrepreneuriat",
        en="BUT Sales and marketing, pathway in digital marketing, e-business and entrepreneurship",
        es="BUT Técnicas de comercialización, itinerario marketing digital, e-business y emprendimiento",
    ),
    75: T(
        fr="Master professionnel E-commerce et marketing digital",
        en="Professional master’s in e-commerce and digital marketing",
        es="Máster profesional en comercio electrónico y marketing digital",
    ),
    83: T(
        fr="Community management",
        en="Community management",
        es="Gestión de comunidades digitales (community management)",
    ),
    84: T(
        fr="Google Analytics",
        en="Google Analytics",
        es="Google Analytics",
    ),
    85: T(
        fr="Titre professionnel Responsable d'espace de médiation numérique",
        en="Professional title: Digital support centre manager",
        es="Título profesional de Responsable de espacio de mediación digital",
    ),
    87: T(
        fr="Préparation à la certification PIX",
        en="Preparation for the PIX certification",
        es="Preparación para la certificación PIX",
    ),
    88: T(
        fr="Certification CléA Numérique",
        en="CléA Numérique certification",
        es="Certificación CléA Numérique",
    ),
    99: T(
        fr="BTS Fluides – énergies – domotique, option C Domotique et bâtiments communicants",
        en="BTS Fluids – energy – home automation, option C: home automation and connected buildings",
        es="BTS Fluidos – energías – domótica, opción C: domótica y edificios conectados",
    ),
    108: T(
        fr="Comment vendre avec les réseaux sociaux (formation de base)",
        en="How to sell on social media (basic course)",
        es="Cómo vender en las redes sociales (formación básica)",
    ),
}

# Every "domaine" value used by the programmes above, exactly as written in the JSON.
DOMAINS = {
    (
        "Services informatiques aux organisations – informatique générale / gestion des systèmes "
        "d'information"
    ): T(
        fr=(
            "Services informatiques aux organisations – informatique générale / gestion des systèmes "
            "d'information"
        ),
        en="IT services for organisations – general IT / information systems management",
        es=(
            "Servicios informáticos para las organizaciones – informática general / gestión de sistemas de "
            "información"
        ),
    ),
    "Services informatiques aux organisations – programmation et développement": T(
        fr="Services informatiques aux organisations – programmation et développement",
        en="IT services for organisations – programming and development",
        es="Servicios informáticos para las organizaciones – programación y desarrollo",
    ),
    (
        "Services informatiques aux organisations – infrastructures, systèmes et réseaux (réseaux et "
        "cybersécurité)"
    ): T(
        fr=(
            "Services informatiques aux organisations – infrastructures, systèmes et réseaux (réseaux et "
            "cybersécurité)"
        ),
        en=(
            "IT services for organisations – infrastructure, systems and networks (networks and "
            "cybersecurity)"
        ),
        es=(
            "Servicios informáticos para las organizaciones – infraestructuras, sistemas y redes (redes y "
            "ciberseguridad)"
        ),
    ),
    "Services informatiques aux organisations – infrastructures, systèmes et réseaux (cybersécurité)": T(
        fr="Services informatiques aux organisations – infrastructures, systèmes et réseaux (cybersécurité)",
        en="IT services for organisations – infrastructure, systems and networks (cybersecurity)",
        es=(
            "Servicios informáticos para las organizaciones – infraestructuras, sistemas y redes "
            "(ciberseguridad)"
        ),
    ),
    (
        "Services informatiques aux organisations – infrastructures, systèmes et réseaux (IA / sciences des "
        "données)"
    ): T(
        fr=(
            "Services informatiques aux organisations – infrastructures, systèmes et réseaux (IA / sciences "
            "des données)"
        ),
        en="IT services for organisations – infrastructure, systems and networks (AI / data science)",
        es=(
            "Servicios informáticos para las organizaciones – infraestructuras, sistemas y redes (IA / "
            "ciencia de datos)"
        ),
    ),
    (
        "Services informatiques aux organisations – informatique de gestion / processus (exploitation des "
        "données)"
    ): T(
        fr=(
            "Services informatiques aux organisations – informatique de gestion / processus (exploitation "
            "des données)"
        ),
        en="IT services for organisations – business computing / processes (data processing)",
        es=(
            "Servicios informáticos para las organizaciones – informática de gestión / procesos "
            "(explotación de datos)"
        ),
    ),
    "Services informatiques aux organisations – fibre optique / environnements connectés": T(
        fr="Services informatiques aux organisations – fibre optique / environnements connectés",
        en="IT services for organisations – fibre optics / connected environments",
        es="Servicios informáticos para las organizaciones – fibra óptica / entornos conectados",
    ),
    "Conception, marketing, communication multimédia – création numérique / design": T(
        fr="Conception, marketing, communication multimédia – création numérique / design",
        en="Design, marketing, multimedia communication – digital creation / design",
        es="Diseño, marketing, comunicación multimedia – creación digital / diseño",
    ),
    (
        "Conception, marketing, communication multimédia – création numérique / design (communication "
        "graphique)"
    ): T(
        fr=(
            "Conception, marketing, communication multimédia – création numérique / design (communication "
            "graphique)"
        ),
        en="Design, marketing, multimedia communication – digital creation / design (graphic communication)",
        es="Diseño, marketing, comunicación multimedia – creación digital / diseño (comunicación gráfica)",
    ),
    "Conception, marketing, communication multimédia – développement d'applicatifs": T(
        fr="Conception, marketing, communication multimédia – développement d'applicatifs",
        en="Design, marketing, multimedia communication – application development",
        es="Diseño, marketing, comunicación multimedia – desarrollo de aplicaciones",
    ),
    "Conception, marketing, communication multimédia – marketing digital": T(
        fr="Conception, marketing, communication multimédia – marketing digital",
        en="Design, marketing, multimedia communication – digital marketing",
        es="Diseño, marketing, comunicación multimedia – marketing digital",
    ),
    "Conception, marketing, communication multimédia – marketing digital (commerce – vente)": T(
        fr="Conception, marketing, communication multimédia – marketing digital (commerce – vente)",
        en="Design, marketing, multimedia communication – digital marketing (commerce – sales)",
        es="Diseño, marketing, comunicación multimedia – marketing digital (comercio – ventas)",
    ),
    "Conception, marketing, communication multimédia – réseaux sociaux": T(
        fr="Conception, marketing, communication multimédia – réseaux sociaux",
        en="Design, marketing, multimedia communication – social media",
        es="Diseño, marketing, comunicación multimedia – redes sociales",
    ),
    "Conception, marketing, communication multimédia – développement d'applicatifs (analyse de trafic)": T(
        fr=(
            "Conception, marketing, communication multimédia – développement d'applicatifs (analyse de "
            "trafic)"
        ),
        en="Design, marketing, multimedia communication – application development (traffic analysis)",
        es="Diseño, marketing, comunicación multimedia – desarrollo de aplicaciones (análisis de tráfico)",
    ),
    "Médiation / inclusion numérique": T(
        fr="Médiation / inclusion numérique",
        en="Digital mediation / inclusion",
        es="Mediación / inclusión digital",
    ),
    "Secteurs stratégiques (S3) – santé / silver économie : téléassistance ; BTP domotique": T(
        fr="Secteurs stratégiques (S3) – santé / silver économie : téléassistance ; BTP domotique",
        en="Strategic sectors (S3) – health / silver economy: telecare; home automation in construction",
        es=(
            "Sectores estratégicos (S3) – salud / economía plateada: teleasistencia; domótica en la "
            "construcción"
        ),
    ),
    "Secteurs stratégiques (S3) – agriculture": T(
        fr="Secteurs stratégiques (S3) – agriculture",
        en="Strategic sectors (S3) – agriculture",
        es="Sectores estratégicos (S3) – agricultura",
    ),
}

# Every non-null "certification" value used by the programmes above, exactly as written in the JSON.
CERTIFICATIONS = {
    "BTS": T(fr="BTS", en="BTS", es="BTS"),
    "Titre professionnel": T(
        fr="Titre professionnel",
        en="Professional title (TP)",
        es="Título profesional (TP)",
    ),
    "Licence pro": T(
        fr="Licence pro",
        en="Professional bachelor’s degree (Licence pro)",
        es="Licenciatura profesional (Licence pro)",
    ),
    "Certificat d'établissement": T(
        fr="Certificat d'établissement",
        en="Institutional certificate",
        es="Certificado propio del centro",
    ),
    "Master": T(fr="Master", en="Master’s degree", es="Máster"),
    "Titre professionnel / CQP": T(
        fr="Titre professionnel / CQP",
        en="Professional title / CQP",
        es="Título profesional / CQP",
    ),
    "CAP": T(fr="CAP", en="CAP", es="CAP"),
    "Bac professionnel": T(
        fr="Bac professionnel",
        en="Vocational baccalaureate (Bac Pro)",
        es="Bachillerato profesional (Bac Pro)",
    ),
    "DN MADe": T(fr="DN MADe", en="DN MADe", es="DN MADe"),
    "TOSA": T(fr="TOSA", en="TOSA", es="TOSA"),
    "BUT": T(fr="BUT", en="BUT", es="BUT"),
    "PIX": T(fr="PIX", en="PIX", es="PIX"),
    "CléA numérique": T(fr="CléA numérique", en="CléA numérique", es="CléA numérique"),
}
