"""Demo content of the portal: French source text with its English and Spanish translations."""

from portail.demo.text import T

HOME = {
    "title": T(fr="Accueil", en="Home", es="Inicio"),
    "hero_title": T(
        fr="Votre guichet unique pour le numérique en Martinique",
        en="Your one-stop shop for digital in Martinique",
        es="Su ventanilla única para lo digital en Martinica",
    ),
    "hero_text": T(
        fr=(
            "Vous voulez apprendre, financer un projet, faire entrer votre entreprise dans le numérique ou "
            "trouver de l’aide près de chez vous ? Ce portail rassemble l’information et vous oriente vers "
            "le bon interlocuteur. C’est un service de la Collectivité Territoriale de Martinique."
        ),
        en=(
            "Do you want to learn new skills, fund a project, take your business online or find help near "
            "you? This portal brings the information together and points you to the right contact. It is a "
            "service of the Collectivité Territoriale de Martinique, the regional authority of Martinique."
        ),
        es=(
            "¿Quiere aprender, financiar un proyecto, digitalizar su empresa o encontrar ayuda cerca de su "
            "casa? Este portal reúne la información y le orienta hacia el interlocutor adecuado. Es un "
            "servicio de la Collectivité Territoriale de Martinique, el gobierno territorial de Martinica."
        ),
    ),
    "journeys": [
        {
            "journey": "training",
            "title": T(
                fr="Se former au numérique",
                en="Learn digital skills",
                es="Formarse en competencias digitales",
            ),
            "text": T(
                fr=(
                    "Des formations du CAP au bac+5 en Martinique : développement, réseaux et cybersécurité, "
                    "marketing digital, design, et les bases pour bien débuter."
                ),
                en=(
                    "Courses in Martinique from vocational certificate to master’s level: software "
                    "development, networks and cybersecurity, digital marketing, design, and the basics to "
                    "get started."
                ),
                es=(
                    "Formaciones en Martinica, desde la formación profesional hasta el máster: desarrollo, "
                    "redes y ciberseguridad, marketing digital, diseño y las bases para empezar."
                ),
            ),
            "page": "formations",
        },
        {
            "journey": "funding",
            "title": T(fr="Trouver un financement", en="Find funding", es="Encontrar financiación"),
            "text": T(
                fr=(
                    "Les grandes familles d’aides pour votre formation ou votre projet, et à qui vous "
                    "adresser pour chacune."
                ),
                en="The main kinds of help for your training or your project, and who to ask for each one.",
                es=(
                    "Los principales tipos de ayuda para su formación o su proyecto, y a quién dirigirse en "
                    "cada caso."
                ),
            ),
            "page": "financements",
        },
        {
            "journey": "guichet",
            "title": T(
                fr="Demander un accompagnement",
                en="Ask for business support",
                es="Solicitar acompañamiento",
            ),
            "text": T(
                fr=(
                    "Vous dirigez une TPE ? Faites une seule demande : elle est transmise au partenaire qui "
                    "peut vous aider, près de chez vous."
                ),
                en=(
                    "Do you run a very small business? Make one request and it goes to the partner who can "
                    "help you, close to where you are."
                ),
                es=(
                    "¿Dirige una microempresa? Haga una sola solicitud: se envía al socio que puede "
                    "ayudarle, cerca de usted."
                ),
            ),
            "page": "accompagnement",
        },
        {
            "journey": "label",
            "title": T(
                fr="Le label « produit local numérique »",
                en="The “local digital product” label",
                es="El sello «producto local digital»",
            ),
            "text": T(
                fr=(
                    "Vous proposez des solutions numériques en Martinique ? Le label aide les acheteurs à "
                    "vous connaître."
                ),
                en="Do you sell digital solutions in Martinique? The label helps buyers find out about you.",
                es="¿Ofrece soluciones digitales en Martinica? El sello ayuda a los compradores a conocerle.",
            ),
            "page": "label",
        },
        {
            "journey": "place",
            "title": T(
                fr="Trouver un tiers-lieu",
                en="Find a community digital space",
                es="Encontrar un espacio digital cercano",
            ),
            "text": T(
                fr=(
                    "Aide pour Internet et les démarches, coworking, fablab : des lieux ouverts à tous, près "
                    "de chez vous."
                ),
                en=(
                    "Help with the internet and online procedures, coworking, fab labs: places open to "
                    "everyone, near you."
                ),
                es=(
                    "Ayuda con internet y los trámites, coworking, fablab: espacios abiertos a todos, cerca "
                    "de usted."
                ),
            ),
            "page": "tiers-lieux",
        },
    ],
    "highlights_title": T(fr="À la une", en="In focus", es="Destacados"),
    "highlights": [
        {
            "title": T(
                fr="Un seul guichet pour les entreprises",
                en="One point of contact for businesses",
                es="Una ventanilla única para las empresas",
            ),
            "text": T(
                fr=(
                    "Selon le Schéma numérique de la Martinique, la moitié des TPE et PME n’ont pas de site "
                    "internet. Le guichet unique vous aide à faire le point sur vos besoins, à trouver un "
                    "prestataire local et à monter vos dossiers d’aide."
                ),
                en=(
                    "According to Martinique’s digital plan (Schéma numérique), half of very small, small "
                    "and medium-sized businesses have no website. The single point of contact helps you take "
                    "stock of your needs, find a local provider and prepare your funding applications."
                ),
                es=(
                    "Según el plan digital de Martinica (Schéma numérique), la mitad de las micro, pequeñas "
                    "y medianas empresas no tienen sitio web. La ventanilla única le ayuda a identificar sus "
                    "necesidades, encontrar un proveedor local y preparar sus solicitudes de ayuda."
                ),
            ),
            "link_label": T(fr="Faire une demande", en="Make a request", es="Hacer una solicitud"),
            "page": "accompagnement",
        },
        {
            "title": T(
                fr="Les entreprises du numérique recrutent",
                en="Digital businesses are hiring",
                es="Las empresas digitales contratan",
            ),
            "text": T(
                fr=(
                    "D’après le rapport du CEP sur les métiers du numérique (2024), 41 % des entreprises du "
                    "secteur interrogées ont un projet de recrutement, surtout pour des postes de technicien "
                    "et de technicien supérieur."
                ),
                en=(
                    "According to the CEP report on digital jobs (2024), 41% of the digital businesses "
                    "surveyed plan to recruit, mostly technicians and senior technicians."
                ),
                es=(
                    "Según el informe del CEP sobre los oficios digitales (2024), el 41 % de las empresas "
                    "del sector encuestadas tiene previsto contratar, sobre todo técnicos y técnicos "
                    "superiores."
                ),
            ),
            "link_label": T(fr="Voir les formations", en="See the courses", es="Ver las formaciones"),
            "page": "formations",
        },
        {
            "title": T(
                fr="Le Schéma numérique 2024-2028",
                en="The 2024-2028 digital plan",
                es="El plan digital 2024-2028",
            ),
            "text": T(
                fr=(
                    "Ce portail met en œuvre plusieurs actions du Schéma numérique de la Martinique : la "
                    "visibilité des tiers-lieux, le guichet unique pour les entreprises, le parcours "
                    "numérique et le label « produit local numérique »."
                ),
                en=(
                    "This portal puts several actions of Martinique’s digital plan into practice: making "
                    "tiers-lieux (community digital spaces) easier to find, the single point of contact for "
                    "businesses, the digital pathway and the “local digital product” label."
                ),
                es=(
                    "Este portal pone en práctica varias acciones del plan digital de Martinica: la "
                    "visibilidad de los tiers-lieux (espacios digitales comunitarios), la ventanilla única "
                    "para las empresas, el itinerario digital y el sello «producto local digital»."
                ),
            ),
            "link_label": T(fr="En savoir plus", en="Find out more", es="Más información"),
            "page": "a-propos",
        },
    ],
}

PAGES = [
    {
        "key": "formations",
        "title": T(
            fr="Se former au numérique",
            en="Learn digital skills",
            es="Formarse en competencias digitales",
        ),
        "menu_title": T(fr="Se former", en="Training", es="Formarse"),
        "slug": T(fr="se-former", en="training", es="formacion"),
        "intro": T(
            fr=(
                "En Martinique, plus de 90 organismes proposent des formations au numérique. Vous pouvez "
                "apprendre un métier, du CAP au bac+5, ou simplement prendre confiance avec l’ordinateur et "
                "le smartphone. Voici comment vous y retrouver."
            ),
            en=(
                "In Martinique, more than 90 training providers offer digital courses. You can learn a "
                "trade, from a vocational certificate (CAP) up to master’s level (bac+5), or simply gain "
                "confidence with a computer and a smartphone. Here is how to find your way."
            ),
            es=(
                "En Martinica, más de 90 organismos ofrecen formaciones digitales. Puede aprender un oficio, "
                "desde el certificado profesional (CAP) hasta el nivel de máster (bac+5), o simplemente "
                "ganar confianza con el ordenador y el móvil. Así puede orientarse."
            ),
        ),
        "menu": True,
        "footer": False,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        fr="Ce que vous pouvez apprendre",
                        en="What you can learn",
                        es="Lo que puede aprender",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Les formations couvrent cinq grands domaines :</p>"
                        "<ul>"
                        "<li><b>Développement</b> : créer des logiciels, des sites et des applications. Par "
                        "exemple le BTS SIO option SLAM ou le titre professionnel Développeur logiciel.</li>"
                        "<li><b>Réseaux et cybersécurité</b> : installer la fibre et les réseaux, protéger "
                        "les systèmes et les données. Par exemple le BTS SIO option SISR ou les licences en "
                        "cybersécurité.</li>"
                        "<li><b>Marketing digital et communication</b> : vendre en ligne, animer les réseaux "
                        "sociaux, être bien référencé. Par exemple le BTS NDRC, proposé dans plusieurs "
                        "lycées.</li>"
                        "<li><b>Design et multimédia</b> : graphisme, vidéo, 3D, web design. Par exemple au "
                        "lycée Victor Anicet, à Saint-Pierre.</li>"
                        "<li><b>Compétences numériques de base</b> : utiliser un ordinateur, Internet et les "
                        "services en ligne, avec les certifications PIX et CléA numérique.</li>"
                        "</ul>"
                        "<p>Le rapport du CEP sur les métiers du numérique (2024) montre que l’offre est "
                        "large jusqu’au bac+2 et au bac+3. Au-delà, les formations sont plus rares, et "
                        "certaines se déroulent en Guadeloupe.</p>"
                    ),
                    en=(
                        "<p>Courses cover five main areas:</p>"
                        "<ul>"
                        "<li><b>Software development</b>: building software, websites and apps. For example "
                        "the BTS SIO with the SLAM option, or the Software Developer professional title.</li>"
                        "<li><b>Networks and cybersecurity</b>: installing fibre and networks, protecting "
                        "systems and data. For example the BTS SIO with the SISR option, or the bachelor’s "
                        "degrees in cybersecurity.</li>"
                        "<li><b>Digital marketing and communication</b>: selling online, running social "
                        "media, ranking well in search engines. For example the BTS NDRC, taught in several "
                        "secondary schools.</li>"
                        "<li><b>Design and multimedia</b>: graphic design, video, 3D, web design. For "
                        "example at the Victor Anicet school in Saint-Pierre.</li>"
                        "<li><b>Basic digital skills</b>: using a computer, the internet and online "
                        "services, with the PIX and CléA numérique certifications.</li>"
                        "</ul>"
                        "<p>The CEP report on digital jobs (2024) shows a wide choice up to two or three "
                        "years after the baccalauréat (bac+2 and bac+3). Beyond that, courses are rarer, and "
                        "some take place in Guadeloupe.</p>"
                    ),
                    es=(
                        "<p>Las formaciones abarcan cinco grandes áreas:</p>"
                        "<ul>"
                        "<li><b>Desarrollo</b>: crear programas, sitios web y aplicaciones. Por ejemplo, el "
                        "BTS SIO opción SLAM o el título profesional de Desarrollador de software.</li>"
                        "<li><b>Redes y ciberseguridad</b>: instalar la fibra y las redes, proteger los "
                        "sistemas y los datos. Por ejemplo, el BTS SIO opción SISR o las licenciaturas en "
                        "ciberseguridad.</li>"
                        "<li><b>Marketing digital y comunicación</b>: vender en línea, dinamizar las redes "
                        "sociales, posicionarse bien en los buscadores. Por ejemplo, el BTS NDRC, que se "
                        "imparte en varios institutos.</li>"
                        "<li><b>Diseño y multimedia</b>: diseño gráfico, vídeo, 3D, diseño web. Por ejemplo, "
                        "en el instituto Victor Anicet, en Saint-Pierre.</li>"
                        "<li><b>Competencias digitales básicas</b>: usar un ordenador, internet y los "
                        "servicios en línea, con las certificaciones PIX y CléA numérique.</li>"
                        "</ul>"
                        "<p>El informe del CEP sobre los oficios digitales (2024) muestra una oferta amplia "
                        "hasta dos o tres años después del bachillerato (bac+2 y bac+3). Más allá, las "
                        "formaciones son más escasas y algunas se imparten en Guadalupe.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Quelques formations en Martinique",
                        en="Some courses in Martinique",
                        es="Algunas formaciones en Martinica",
                    ),
                    "level": "h2",
                },
            ),
            (
                "table",
                {
                    "caption": T(
                        fr="Exemples de formations citées dans le rapport du CEP (2024)",
                        en="Examples of courses listed in the CEP report (2024)",
                        es="Ejemplos de formaciones citadas en el informe del CEP (2024)",
                    ),
                    "header": [
                        T(fr="Formation", en="Course", es="Formación"),
                        T(fr="Organisme", en="Provider", es="Organismo"),
                        T(fr="Niveau", en="Level", es="Nivel"),
                        T(fr="Lieu ou format", en="Place or format", es="Lugar o modalidad"),
                    ],
                    "rows": [
                        [
                            T(
                                fr="CAP Signalétique et décors graphiques",
                                en="CAP in signage and graphic decoration",
                                es="CAP de señalética y decoración gráfica",
                            ),
                            T(fr="Lycée Victor Anicet", en="Lycée Victor Anicet", es="Lycée Victor Anicet"),
                            T(
                                fr="CAP",
                                en="CAP (vocational certificate)",
                                es="CAP (certificado profesional)",
                            ),
                            T(fr="Saint-Pierre", en="Saint-Pierre", es="Saint-Pierre"),
                        ],
                        [
                            T(
                                fr="BTS NDRC (négociation et digitalisation de la relation client)",
                                en="BTS NDRC (sales and digital customer relations)",
                                es="BTS NDRC (negociación y relación digital con el cliente)",
                            ),
                            T(fr="Lycée Bellevue", en="Lycée Bellevue", es="Lycée Bellevue"),
                            T(fr="Bac+2", en="Bac+2", es="Bac+2"),
                            T(
                                fr="Initiale ou apprentissage",
                                en="Full-time study or apprenticeship",
                                es="Formación inicial o aprendizaje",
                            ),
                        ],
                        [
                            T(
                                fr="Développeur logiciel (titre professionnel)",
                                en="Software developer (professional title)",
                                es="Desarrollador de software (título profesional)",
                            ),
                            T(fr="IMFPA", en="IMFPA", es="IMFPA"),
                            T(fr="Bac+2", en="Bac+2", es="Bac+2"),
                            T(fr="Formation continue", en="Continuing education", es="Formación continua"),
                        ],
                        [
                            T(
                                fr=(
                                    "Licence pro réseaux informatiques et télécom (administration et "
                                    "sécurité des systèmes)"
                                ),
                                en=(
                                    "Professional bachelor’s in IT networks and telecoms (systems "
                                    "administration and security)"
                                ),
                                es=(
                                    "Licenciatura profesional en redes informáticas y telecomunicaciones "
                                    "(administración y seguridad de sistemas)"
                                ),
                            ),
                            T(
                                fr="CCIM – CFA Skillfor Campus",
                                en="CCIM – CFA Skillfor Campus",
                                es="CCIM – CFA Skillfor Campus",
                            ),
                            T(fr="Bac+3", en="Bac+3", es="Bac+3"),
                            T(fr="Apprentissage", en="Apprenticeship", es="Aprendizaje"),
                        ],
                        [
                            T(
                                fr="Licence informatique, option cybersécurité",
                                en="Bachelor’s in computer science, cybersecurity option",
                                es="Licenciatura en informática, opción ciberseguridad",
                            ),
                            T(fr="CNAM", en="CNAM", es="CNAM"),
                            T(fr="Bac+3", en="Bac+3", es="Bac+3"),
                            T(
                                fr="Apprentissage, cours en ligne",
                                en="Apprenticeship, online classes",
                                es="Aprendizaje, clases en línea",
                            ),
                        ],
                        [
                            T(
                                fr="Master professionnel informatique de gestion",
                                en="Professional master’s in business computing",
                                es="Máster profesional en informática de gestión",
                            ),
                            T(
                                fr="ISCA Business School",
                                en="ISCA Business School",
                                es="ISCA Business School",
                            ),
                            T(fr="Bac+5", en="Bac+5", es="Bac+5"),
                            T(fr="Alternance", en="Work-study", es="Alternancia"),
                        ],
                        [
                            T(
                                fr="Préparation à la certification PIX",
                                en="Preparation for the PIX digital skills certificate",
                                es="Preparación de la certificación PIX",
                            ),
                            T(fr="CNAM", en="CNAM", es="CNAM"),
                            T(fr="Non précisé", en="Not specified", es="No especificado"),
                            T(fr="Formation continue", en="Continuing education", es="Formación continua"),
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Ces exemples ne sont qu’une partie de l’offre. Les dates, les conditions "
                        "d’entrée et le nombre de places changent chaque année : vérifiez toujours auprès de "
                        "l’organisme de formation.</p>"
                        "<p>Pour voir l’offre complète, consultez aussi SIDEFOP, la base des formations de "
                        "l’AGEFMA (sidefop.agefma.mq).</p>"
                    ),
                    en=(
                        "<p>These examples are only part of what is on offer. Dates, entry requirements and "
                        "the number of places change every year: always check with the training provider.</p>"
                        "<p>To see the full offer, also look at SIDEFOP, AGEFMA’s training database "
                        "(sidefop.agefma.mq).</p>"
                    ),
                    es=(
                        "<p>Estos ejemplos son solo una parte de la oferta. Las fechas, los requisitos de "
                        "acceso y el número de plazas cambian cada año: consulte siempre con el organismo de "
                        "formación.</p>"
                        "<p>Para ver la oferta completa, consulte también SIDEFOP, la base de formaciones de "
                        "la AGEFMA (sidefop.agefma.mq).</p>"
                    ),
                ),
            ),
            (
                "accordion",
                {
                    "title": T(
                        fr="Questions fréquentes",
                        en="Frequently asked questions",
                        es="Preguntas frecuentes",
                    ),
                    "items": [
                        {
                            "question": T(
                                fr="Qui paie ma formation ?",
                                en="Who pays for my training?",
                                es="¿Quién paga mi formación?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Cela dépend de votre situation.</p>"
                                    "<ul><li>Vous cherchez un emploi : parlez-en à votre conseiller France "
                                    "Travail. Une formation peut être financée avant une embauche, avec la "
                                    "préparation opérationnelle à l’emploi (POE).</li>"
                                    "<li>Vous êtes salarié : votre employeur et l’opérateur de compétences "
                                    "(OPCO) de sa branche peuvent financer votre formation.</li>"
                                    "<li>Vous êtes apprenti : vous ne payez pas votre formation, et votre "
                                    "entreprise vous verse un salaire.</li>"
                                    "</ul>"
                                    "<p>La page sur les financements présente ces aides en détail.</p>"
                                ),
                                en=(
                                    "<p>It depends on your situation.</p>"
                                    "<ul>"
                                    "<li>You are looking for a job: talk to your France Travail adviser (the "
                                    "public employment service). Training can be funded before you are "
                                    "hired, through the POE scheme (préparation opérationnelle à "
                                    "l’emploi).</li>"
                                    "<li>You are an employee: your employer and the skills operator (OPCO) "
                                    "of its sector can fund your training.</li>"
                                    "<li>You are an apprentice: you do not pay for your training, and your "
                                    "company pays you a salary.</li>"
                                    "</ul>"
                                    "<p>The funding page explains these schemes in detail.</p>"
                                ),
                                es=(
                                    "<p>Depende de su situación.</p>"
                                    "<ul>"
                                    "<li>Busca empleo: hable con su asesor de France Travail (el servicio "
                                    "público de empleo). Una formación puede financiarse antes de una "
                                    "contratación, con la preparación operativa para el empleo (POE).</li>"
                                    "<li>Es asalariado: su empleador y el operador de competencias (OPCO) de "
                                    "su sector pueden financiar su formación.</li>"
                                    "<li>Es aprendiz: no paga su formación y su empresa le paga un "
                                    "salario.</li>"
                                    "</ul>"
                                    "<p>La página sobre financiación presenta estas ayudas en detalle.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Alternance, apprentissage : qu’est-ce que c’est ?",
                                en="What are work-study and apprenticeships?",
                                es="Alternancia, aprendizaje: ¿qué son?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Vous partagez votre temps entre le centre de formation et une "
                                    "entreprise. Vous signez un contrat de travail et vous recevez un "
                                    "salaire.</p>"
                                    "<p>En Martinique, beaucoup de formations au numérique se font ainsi, "
                                    "par exemple à l’ISCA Business School, au CFA Skillfor de la CCI "
                                    "Martinique ou au CFA BTP de l’AMEP. Il faut trouver une entreprise qui "
                                    "vous accueille : commencez à chercher tôt.</p>"
                                ),
                                en=(
                                    "<p>You split your time between the training centre and a company. You "
                                    "sign an employment contract and you receive a salary.</p>"
                                    "<p>In Martinique, many digital courses work this way, for example at "
                                    "ISCA Business School, at the CCI Martinique’s CFA Skillfor or at AMEP’s "
                                    "CFA BTP. You need to find a company that will take you on, so start "
                                    "looking early.</p>"
                                ),
                                es=(
                                    "<p>Reparte su tiempo entre el centro de formación y una empresa. Firma "
                                    "un contrato de trabajo y recibe un salario.</p>"
                                    "<p>En Martinica, muchas formaciones digitales funcionan así, por "
                                    "ejemplo en ISCA Business School, en el CFA Skillfor de la CCI "
                                    "Martinique o en el CFA BTP de la AMEP. Tiene que encontrar una empresa "
                                    "que le acoja: empiece a buscar con tiempo.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Puis-je me former à distance ?",
                                en="Can I study remotely?",
                                es="¿Puedo formarme a distancia?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Oui, pour une partie des formations. Par exemple, les cours de la "
                                    "licence informatique option cybersécurité du CNAM se font en ligne. "
                                    "Beaucoup de formations courtes en marketing digital se suivent aussi à "
                                    "distance.</p>"
                                    "<p>Il vous faut un ordinateur et une bonne connexion. Si vous n’en avez "
                                    "pas, un tiers-lieu ou un espace public numérique peut vous "
                                    "accueillir.</p>"
                                ),
                                en=(
                                    "<p>Yes, for some courses. For example, the classes of CNAM’s bachelor’s "
                                    "in computer science with the cybersecurity option take place online. "
                                    "Many short courses in digital marketing can also be followed "
                                    "remotely.</p>"
                                    "<p>You need a computer and a good connection. If you do not have them, "
                                    "a community digital space (tiers-lieu) or a public digital space can "
                                    "welcome you.</p>"
                                ),
                                es=(
                                    "<p>Sí, en parte de las formaciones. Por ejemplo, las clases de la "
                                    "licenciatura en informática opción ciberseguridad del CNAM son en "
                                    "línea. Muchas formaciones cortas de marketing digital también se pueden "
                                    "seguir a distancia.</p>"
                                    "<p>Necesita un ordenador y una buena conexión. Si no los tiene, un "
                                    "tiers-lieu (espacio digital comunitario) o un espacio público digital "
                                    "puede acogerle.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Je débute avec l’ordinateur. Par où commencer ?",
                                en="I am new to computers. Where do I start?",
                                es="Estoy empezando con el ordenador. ¿Por dónde empiezo?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Commencez par une formation aux bases. Vous pouvez préparer la "
                                    "certification PIX ou CléA numérique, par exemple avec le CNAM ou "
                                    "Parallèle 14.</p>"
                                    "<p>Il existe aussi des formations pour certains métiers. La Chambre "
                                    "d’agriculture propose aux agriculteurs « Comment se familiariser avec "
                                    "le numérique ». La Chambre de Métiers et de l’Artisanat accompagne les "
                                    "artisans avec le « passeport numérique » Artisans 3.0.</p>"
                                    "<p>Dans un lieu de médiation numérique, un conseiller peut aussi vous "
                                    "aider pas à pas.</p>"
                                ),
                                en=(
                                    "<p>Start with a course on the basics. You can prepare for the PIX or "
                                    "CléA numérique certification, for example with CNAM or Parallèle 14.</p>"
                                    "<p>There are also courses for specific trades. The Chambre "
                                    "d’agriculture offers farmers a course on getting familiar with digital "
                                    "tools. The Chambre de Métiers et de l’Artisanat supports craftspeople "
                                    "with the Artisans 3.0 “digital passport”.</p>"
                                    "<p>At a digital support centre, an adviser can also help you step by "
                                    "step.</p>"
                                ),
                                es=(
                                    "<p>Empiece con una formación básica. Puede preparar la certificación "
                                    "PIX o CléA numérique, por ejemplo con el CNAM o Parallèle 14.</p>"
                                    "<p>También hay formaciones para algunos oficios. La Chambre "
                                    "d’agriculture ofrece a los agricultores un curso para familiarizarse "
                                    "con lo digital. La Chambre de Métiers et de l’Artisanat acompaña a los "
                                    "artesanos con el «pasaporte digital» Artisans 3.0.</p>"
                                    "<p>En un lugar de mediación digital, un asesor también puede ayudarle "
                                    "paso a paso.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Faut-il aller en Guadeloupe pour un bac+5 ?",
                                en="Do I have to go to Guadeloupe for a master’s degree?",
                                es="¿Hay que ir a Guadalupe para cursar un máster?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Pas toujours. Quelques formations de niveau bac+5 existent en "
                                    "Martinique, par exemple à l’ISCA Business School ou à la Keyce Academy. "
                                    "Mais plusieurs masters en informatique de l’Université des Antilles, "
                                    "comme le master Intelligence artificielle et optimisation, se déroulent "
                                    "en Guadeloupe.</p>"
                                    "<p>La CTM et l’Université des Antilles ont signé fin 2023 une "
                                    "convention pour créer un Institut du numérique en Martinique.</p>"
                                ),
                                en=(
                                    "<p>Not always. A few master’s-level courses exist in Martinique, for "
                                    "example at ISCA Business School or Keyce Academy. But several computer "
                                    "science master’s degrees of the Université des Antilles, such as the "
                                    "master’s in artificial intelligence and optimisation, take place in "
                                    "Guadeloupe.</p>"
                                    "<p>At the end of 2023, the CTM and the Université des Antilles signed "
                                    "an agreement to create a Digital Institute in Martinique.</p>"
                                ),
                                es=(
                                    "<p>No siempre. Existen algunas formaciones de nivel máster en "
                                    "Martinica, por ejemplo en ISCA Business School o en Keyce Academy. Pero "
                                    "varios másteres en informática de la Université des Antilles, como el "
                                    "máster en inteligencia artificial y optimización, se imparten en "
                                    "Guadalupe.</p>"
                                    "<p>A finales de 2023, la CTM y la Université des Antilles firmaron un "
                                    "convenio para crear un Instituto Digital en Martinica.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="J’ai de l’expérience mais pas de diplôme. Que faire ?",
                                en="I have experience but no diploma. What can I do?",
                                es="Tengo experiencia pero no tengo título. ¿Qué puedo hacer?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Pensez à la validation des acquis de l’expérience (VAE). Elle permet "
                                    "d’obtenir tout ou partie d’un diplôme grâce à ce que vous avez appris "
                                    "en travaillant. Le rapport du CEP recommande de mieux la faire "
                                    "connaître.</p>"
                                ),
                                en=(
                                    "<p>Consider the VAE (validation des acquis de l’expérience), which "
                                    "recognises prior experience. It lets you obtain all or part of a "
                                    "diploma based on what you have learned at work. The CEP report "
                                    "recommends making it better known.</p>"
                                ),
                                es=(
                                    "<p>Piense en la VAE (validación de la experiencia adquirida). Permite "
                                    "obtener todo o parte de un título gracias a lo que ha aprendido "
                                    "trabajando. El informe del CEP recomienda darla a conocer mejor.</p>"
                                ),
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        fr="Comment financer votre formation ?",
                        en="How can you fund your training?",
                        es="¿Cómo financiar su formación?",
                    ),
                    "text": T(
                        fr=(
                            "Demandeur d’emploi, salarié ou chef d’entreprise : découvrez les aides "
                            "possibles et à qui vous adresser."
                        ),
                        en=(
                            "Whether you are a jobseeker, an employee or a business owner, find out what "
                            "help exists and who to ask."
                        ),
                        es=(
                            "Tanto si busca empleo como si es asalariado o empresario, descubra las ayudas "
                            "posibles y a quién dirigirse."
                        ),
                    ),
                    "link_label": T(
                        fr="Voir les financements",
                        en="See funding options",
                        es="Ver la financiación",
                    ),
                    "page": "financements",
                },
            ),
        ],
    },
    {
        "key": "financements",
        "model": "financements.FundingGuidePage",
        "title": T(
            fr="Financer votre projet ou votre formation",
            en="Fund your project or your training",
            es="Financiar su proyecto o su formación",
        ),
        "menu_title": T(fr="Financer", en="Funding", es="Financiación"),
        "slug": T(fr="financements", en="funding", es="financiacion"),
        "intro": T(
            fr=(
                "Se former ou faire évoluer votre entreprise demande du temps et de l’argent. Des aides "
                "existent, mais elles sont nombreuses et parfois difficiles à comprendre. Ce guide présente "
                "les grandes familles d’aides et vous dit à qui vous adresser. Il ne remplace pas l’avis "
                "d’un conseiller."
            ),
            en=(
                "Training or growing your business takes time and money. Help exists, but there are many "
                "schemes and they can be hard to understand. This guide presents the main kinds of help and "
                "tells you who to ask. It does not replace advice from an adviser."
            ),
            es=(
                "Formarse o hacer crecer su empresa requiere tiempo y dinero. Existen ayudas, pero son "
                "numerosas y a veces difíciles de entender. Esta guía presenta los principales tipos de "
                "ayuda y le indica a quién dirigirse. No sustituye el consejo de un asesor."
            ),
        ),
        "menu": True,
        "footer": False,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        fr="Les grandes familles d’aides",
                        en="The main kinds of help",
                        es="Los principales tipos de ayuda",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Les aides se rangent en deux grandes familles.</p>"
                        "<ul><li><b>Pour vous former</b> : France Travail si vous cherchez un emploi, "
                        "l’opérateur de compétences (OPCO) de votre branche si vous êtes salarié, et "
                        "l’apprentissage, où votre formation est prise en charge.</li>"
                        "<li><b>Pour votre entreprise</b> : les aides de la Collectivité Territoriale de "
                        "Martinique (CTM), les fonds européens, les prêts de Bpifrance et les réseaux "
                        "d’accompagnement comme Réseau Entreprendre.</li>"
                        "</ul>"
                        "<p>Certaines aides passent par des appels à projets. Elles sont ouvertes pendant "
                        "une période précise, avec un dossier à déposer avant une date limite.</p>"
                    ),
                    en=(
                        "<p>Help falls into two main groups.</p>"
                        "<ul><li><b>For your training</b>: France Travail if you are looking for a job, the "
                        "skills operator (OPCO) of your sector if you are an employee, and apprenticeships, "
                        "where your training is paid for.</li>"
                        "<li><b>For your business</b>: aid from the Collectivité Territoriale de Martinique "
                        "(CTM), European funds, Bpifrance loans and support networks such as Réseau "
                        "Entreprendre.</li>"
                        "</ul>"
                        "<p>Some help is awarded through calls for projects. These are open for a set "
                        "period, and you must submit an application before a deadline.</p>"
                    ),
                    es=(
                        "<p>Las ayudas se dividen en dos grandes grupos.</p>"
                        "<ul><li><b>Para formarse</b>: France Travail si busca empleo, el operador de "
                        "competencias (OPCO) de su sector si es asalariado, y el aprendizaje, en el que su "
                        "formación está financiada.</li>"
                        "<li><b>Para su empresa</b>: las ayudas de la Collectivité Territoriale de "
                        "Martinique (CTM), los fondos europeos, los préstamos de Bpifrance y las redes de "
                        "acompañamiento como Réseau Entreprendre.</li>"
                        "</ul>"
                        "<p>Algunas ayudas se conceden mediante convocatorias de proyectos. Están abiertas "
                        "durante un periodo concreto y hay que presentar una solicitud antes de una fecha "
                        "límite.</p>"
                    ),
                ),
            ),
            (
                "table",
                {
                    "caption": T(
                        fr="Qui peut vous aider, selon votre besoin",
                        en="Who can help you, depending on your need",
                        es="Quién puede ayudarle, según su necesidad",
                    ),
                    "header": [
                        T(fr="Type d’aide", en="Kind of help", es="Tipo de ayuda"),
                        T(fr="Pour qui", en="For whom", es="Para quién"),
                        T(fr="À qui s’adresser", en="Who to ask", es="A quién dirigirse"),
                    ],
                    "rows": [
                        [
                            T(
                                fr="Préparation opérationnelle à l’emploi (POE)",
                                en="Pre-employment training (POE)",
                                es="Preparación operativa para el empleo (POE)",
                            ),
                            T(
                                fr="Demandeurs d’emploi, avant une embauche",
                                en="Jobseekers, before being hired",
                                es="Personas que buscan empleo, antes de una contratación",
                            ),
                            T(fr="France Travail", en="France Travail", es="France Travail"),
                        ],
                        [
                            T(
                                fr="Contrat de sécurisation professionnelle (CSP)",
                                en="Career security contract (CSP)",
                                es="Contrato de seguridad profesional (CSP)",
                            ),
                            T(
                                fr="Salariés licenciés pour motif économique",
                                en="Employees laid off for economic reasons",
                                es="Asalariados despedidos por motivos económicos",
                            ),
                            T(fr="France Travail", en="France Travail", es="France Travail"),
                        ],
                        [
                            T(
                                fr="Formation des salariés",
                                en="Training for employees",
                                es="Formación de los asalariados",
                            ),
                            T(
                                fr="Salariés et employeurs",
                                en="Employees and employers",
                                es="Asalariados y empleadores",
                            ),
                            T(
                                fr="L’OPCO de la branche, par exemple AKTO ou Constructys",
                                en="The sector’s OPCO, for example AKTO or Constructys",
                                es="El OPCO del sector, por ejemplo AKTO o Constructys",
                            ),
                        ],
                        [
                            T(
                                fr="Apprentissage et alternance",
                                en="Apprenticeships and work-study",
                                es="Aprendizaje y alternancia",
                            ),
                            T(
                                fr="Personnes qui se forment en entreprise",
                                en="People training in a company",
                                es="Personas que se forman en una empresa",
                            ),
                            T(
                                fr="Le centre de formation (CFA) et l’entreprise",
                                en="The training centre (CFA) and the company",
                                es="El centro de formación (CFA) y la empresa",
                            ),
                        ],
                        [
                            T(
                                fr="Accompagnement numérique des TPE, par exemple Mofwazaj Dijital",
                                en="Digital support for very small businesses, for example Mofwazaj Dijital",
                                es="Acompañamiento digital de microempresas, por ejemplo Mofwazaj Dijital",
                            ),
                            T(fr="Très petites entreprises", en="Very small businesses", es="Microempresas"),
                            T(
                                fr="La CTM ou votre EPCI, via le guichet unique",
                                en="The CTM or your EPCI, through the single point of contact",
                                es="La CTM o su EPCI, a través de la ventanilla única",
                            ),
                        ],
                        [
                            T(
                                fr="Aides aux entreprises de la CTM",
                                en="CTM business aid",
                                es="Ayudas de la CTM a las empresas",
                            ),
                            T(
                                fr="Entreprises de Martinique",
                                en="Businesses in Martinique",
                                es="Empresas de Martinica",
                            ),
                            T(
                                fr="La CTM, via le guichet unique",
                                en="The CTM, through the single point of contact",
                                es="La CTM, a través de la ventanilla única",
                            ),
                        ],
                        [
                            T(
                                fr="Fonds européens (FEDER, FSE)",
                                en="European funds (ERDF, ESF)",
                                es="Fondos europeos (FEDER, FSE)",
                            ),
                            T(
                                fr="Porteurs de projets, selon l’appel à projets",
                                en="Project leaders, depending on the call for projects",
                                es="Promotores de proyectos, según la convocatoria",
                            ),
                            T(
                                fr="L’organisme qui publie l’appel à projets",
                                en="The body that publishes the call for projects",
                                es="El organismo que publica la convocatoria",
                            ),
                        ],
                        [
                            T(fr="Prêts aux entreprises", en="Business loans", es="Préstamos a empresas"),
                            T(fr="Entreprises", en="Businesses", es="Empresas"),
                            T(fr="Bpifrance", en="Bpifrance", es="Bpifrance"),
                        ],
                        [
                            T(
                                fr="Conseil et mise en réseau",
                                en="Advice and networking",
                                es="Asesoramiento y contactos",
                            ),
                            T(
                                fr="Créateurs et jeunes entreprises",
                                en="Business founders and young companies",
                                es="Emprendedores y empresas jóvenes",
                            ),
                            T(
                                fr="Réseau Entreprendre, Martinique Développement",
                                en="Réseau Entreprendre, Martinique Développement",
                                es="Réseau Entreprendre, Martinique Développement",
                            ),
                        ],
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Préparer votre demande",
                        en="Prepare your application",
                        es="Preparar su solicitud",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<ol>"
                        "<li>Décrivez votre projet en quelques lignes : ce que vous voulez faire, pourquoi "
                        "et pour quand.</li>"
                        "<li>Estimez son coût. Demandez des devis si vous achetez un service ou du "
                        "matériel.</li>"
                        "<li>Rassemblez les documents de base : numéro SIRET, relevé d’identité bancaire "
                        "(RIB), derniers comptes si vous en avez.</li>"
                        "<li>Renseignez-vous avant de dépenser : pour beaucoup d’aides, les dépenses faites "
                        "avant la demande ne sont pas prises en charge.</li>"
                        "<li>Faites-vous aider pour monter le dossier : c’est l’un des services prévus par "
                        "le guichet unique.</li>"
                        "</ol>"
                        "<p>Les délais de réponse et de paiement peuvent être longs, surtout pour les fonds "
                        "européens. Prévoyez votre trésorerie en conséquence.</p>"
                    ),
                    en=(
                        "<ol><li>Describe your project in a few lines: what you want to do, why, and by "
                        "when.</li>"
                        "<li>Estimate its cost. Ask for quotes if you are buying a service or equipment.</li>"
                        "<li>Gather the basic documents: SIRET number, bank details (RIB), latest accounts "
                        "if you have them.</li>"
                        "<li>Check before you spend: for many schemes, costs incurred before you apply are "
                        "not covered.</li>"
                        "<li>Get help with your application: this is one of the services planned for the "
                        "single point of contact.</li>"
                        "</ol>"
                        "<p>Decisions and payments can take a long time, especially for European funds. Plan "
                        "your cash flow accordingly.</p>"
                    ),
                    es=(
                        "<ol><li>Describa su proyecto en pocas líneas: qué quiere hacer, por qué y para "
                        "cuándo.</li>"
                        "<li>Calcule su coste. Pida presupuestos si va a comprar un servicio o material.</li>"
                        "<li>Reúna los documentos básicos: número SIRET, datos bancarios (RIB), últimas "
                        "cuentas si las tiene.</li>"
                        "<li>Infórmese antes de gastar: en muchas ayudas, los gastos realizados antes de la "
                        "solicitud no se cubren.</li>"
                        "<li>Pida ayuda para preparar el expediente: es uno de los servicios previstos en la "
                        "ventanilla única.</li>"
                        "</ol>"
                        "<p>Los plazos de respuesta y de pago pueden ser largos, sobre todo con los fondos "
                        "europeos. Prevea su tesorería en consecuencia.</p>"
                    ),
                ),
            ),
            (
                "accordion",
                {
                    "title": T(
                        fr="Questions fréquentes",
                        en="Frequently asked questions",
                        es="Preguntas frecuentes",
                    ),
                    "items": [
                        {
                            "question": T(
                                fr="Je cherche un emploi. Qui peut financer ma formation ?",
                                en="I am looking for a job. Who can fund my training?",
                                es="Busco empleo. ¿Quién puede financiar mi formación?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Parlez-en d’abord à votre conseiller France Travail. Il peut vous "
                                    "proposer une formation financée, par exemple une préparation "
                                    "opérationnelle à l’emploi (POE) quand une entreprise prévoit de vous "
                                    "embaucher.</p>"
                                    "<p>Si vous avez été licencié pour motif économique, le contrat de "
                                    "sécurisation professionnelle (CSP) peut aussi financer une "
                                    "formation.</p>"
                                ),
                                en=(
                                    "<p>Talk to your France Travail adviser first. They can offer you funded "
                                    "training, for example pre-employment training (POE) when a company "
                                    "plans to hire you.</p>"
                                    "<p>If you were laid off for economic reasons, the career security "
                                    "contract (CSP) can also fund training.</p>"
                                ),
                                es=(
                                    "<p>Hable primero con su asesor de France Travail. Puede proponerle una "
                                    "formación financiada, por ejemplo una preparación operativa para el "
                                    "empleo (POE) cuando una empresa tiene previsto contratarle.</p>"
                                    "<p>Si le han despedido por motivos económicos, el contrato de seguridad "
                                    "profesional (CSP) también puede financiar una formación.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Je suis salarié. Mon employeur peut-il payer ?",
                                en="I am an employee. Can my employer pay?",
                                es="Soy asalariado. ¿Puede pagar mi empleador?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Oui, souvent. Les entreprises peuvent financer la formation de leurs "
                                    "salariés avec l’aide de leur opérateur de compétences (OPCO). Le "
                                    "rapport du CEP cite par exemple AKTO et Constructys.</p>"
                                    "<p>Parlez-en à votre employeur ou à votre service des ressources "
                                    "humaines.</p>"
                                ),
                                en=(
                                    "<p>Yes, often. Companies can fund their employees’ training with help "
                                    "from their skills operator (OPCO). The CEP report mentions AKTO and "
                                    "Constructys, for example.</p>"
                                    "<p>Talk to your employer or your human resources department.</p>"
                                ),
                                es=(
                                    "<p>Sí, a menudo. Las empresas pueden financiar la formación de sus "
                                    "asalariados con la ayuda de su operador de competencias (OPCO). El "
                                    "informe del CEP cita, por ejemplo, AKTO y Constructys.</p>"
                                    "<p>Hable con su empleador o con su departamento de recursos humanos.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Je dirige une TPE. Existe-t-il une aide pour passer au numérique ?",
                                en="I run a very small business. Is there help to go digital?",
                                es="Dirijo una microempresa. ¿Hay ayudas para digitalizarla?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Oui. La CTM a par exemple lancé l’appel à projets Mofwazaj Dijital, "
                                    "entièrement financé par la CTM : des cabinets de conseil locaux y "
                                    "accompagnent des TPE dans leur passage au numérique. Les EPCI ont aussi "
                                    "des équipes pour accompagner les TPE.</p>"
                                    "<p>Les aides ouvertes changent au fil du temps. Le plus simple est de "
                                    "faire une demande au guichet unique : il vous oriente vers l’aide qui "
                                    "vous convient.</p>"
                                ),
                                en=(
                                    "<p>Yes. For example, the CTM launched the Mofwazaj Dijital call for "
                                    "projects, which it funds in full: local consulting firms help very "
                                    "small businesses go digital. The EPCI (groupings of towns) also have "
                                    "teams that support very small businesses.</p>"
                                    "<p>The schemes that are open change over time. The simplest way is to "
                                    "make a request to the single point of contact, which will direct you to "
                                    "the right help.</p>"
                                ),
                                es=(
                                    "<p>Sí. Por ejemplo, la CTM lanzó la convocatoria Mofwazaj Dijital, que "
                                    "financia en su totalidad: consultoras locales acompañan a microempresas "
                                    "en su paso a lo digital. Los EPCI (agrupaciones de municipios) también "
                                    "tienen equipos que acompañan a las microempresas.</p>"
                                    "<p>Las ayudas disponibles cambian con el tiempo. Lo más sencillo es "
                                    "hacer una solicitud en la ventanilla única, que le orientará hacia la "
                                    "ayuda adecuada.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Les fonds européens, est-ce pour moi ?",
                                en="Are European funds for me?",
                                es="¿Los fondos europeos son para mí?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Le FEDER et le FSE financent des projets en Martinique, dont "
                                    "plusieurs actions du Schéma numérique comme le guichet unique. Ils "
                                    "passent en général par des appels à projets.</p>"
                                    "<p>Les dossiers sont exigeants et les paiements peuvent prendre du "
                                    "temps. Avant de vous lancer, demandez conseil au guichet.</p>"
                                ),
                                en=(
                                    "<p>The ERDF (FEDER) and the ESF (FSE) fund projects in Martinique, "
                                    "including several actions of the digital plan such as the single point "
                                    "of contact. They usually work through calls for projects.</p>"
                                    "<p>Applications are demanding and payments can take time. Before you "
                                    "start, ask the single point of contact for advice.</p>"
                                ),
                                es=(
                                    "<p>El FEDER y el FSE financian proyectos en Martinica, entre ellos "
                                    "varias acciones del plan digital como la ventanilla única. Suelen "
                                    "funcionar mediante convocatorias de proyectos.</p>"
                                    "<p>Los expedientes son exigentes y los pagos pueden tardar. Antes de "
                                    "empezar, pida consejo a la ventanilla única.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Ce guide est-il complet ?",
                                en="Is this guide complete?",
                                es="¿Esta guía está completa?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Non. Il présente les grandes familles d’aides citées dans le Schéma "
                                    "numérique et dans le rapport du CEP. Ce rapport recommande d’éditer un "
                                    "guide complet des financements des projets et des formations numériques "
                                    ": cette page sera enrichie au fil du temps.</p>"
                                ),
                                en=(
                                    "<p>No. It presents the main kinds of help mentioned in the digital plan "
                                    "and in the CEP report. That report recommends publishing a full guide "
                                    "to funding for digital projects and training, so this page will grow "
                                    "over time.</p>"
                                ),
                                es=(
                                    "<p>No. Presenta los principales tipos de ayuda citados en el plan "
                                    "digital y en el informe del CEP. Ese informe recomienda publicar una "
                                    "guía completa de la financiación de proyectos y formaciones digitales: "
                                    "esta página se irá completando con el tiempo.</p>"
                                ),
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        fr="Besoin d’aide pour monter votre dossier ?",
                        en="Need help with your application?",
                        es="¿Necesita ayuda con su expediente?",
                    ),
                    "text": T(
                        fr=(
                            "Le guichet unique vous oriente vers le bon partenaire et peut vous aider à "
                            "préparer vos demandes d’aide."
                        ),
                        en=(
                            "The single point of contact directs you to the right partner and can help you "
                            "prepare your funding applications."
                        ),
                        es=(
                            "La ventanilla única le orienta hacia el socio adecuado y puede ayudarle a "
                            "preparar sus solicitudes de ayuda."
                        ),
                    ),
                    "link_label": T(
                        fr="Demander un accompagnement",
                        en="Ask for business support",
                        es="Solicitar acompañamiento",
                    ),
                    "page": "accompagnement",
                },
            ),
        ],
    },
    {
        "key": "accompagnement",
        "title": T(
            fr="Se faire accompagner pour numériser votre entreprise",
            en="Get support to take your business digital",
            es="Reciba apoyo para digitalizar su empresa",
        ),
        "menu_title": T(fr="Être accompagné", en="Business support", es="Acompañamiento"),
        "slug": T(fr="accompagnement", en="business-support", es="apoyo-empresas"),
        "intro": T(
            fr=(
                "Vous dirigez une très petite entreprise (TPE) et vous voulez créer un site, vendre en "
                "ligne, mieux utiliser les réseaux sociaux ou protéger vos données ? Faites une seule "
                "demande au guichet unique. Nous la transmettons au partenaire qui peut vous aider, selon "
                "votre commune et votre activité."
            ),
            en=(
                "Do you run a very small business and want to build a website, sell online, make better use "
                "of social media or protect your data? Make one request to the single point of contact. We "
                "pass it on to the partner who can help you, based on your town and your line of business."
            ),
            es=(
                "¿Dirige una microempresa y quiere crear un sitio web, vender en línea, usar mejor las redes "
                "sociales o proteger sus datos? Haga una sola solicitud en la ventanilla única. La enviamos "
                "al socio que puede ayudarle, según su municipio y su actividad."
            ),
        ),
        "menu": True,
        "footer": False,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        fr="Ce que le guichet peut faire pour vous",
                        en="What the single point of contact can do for you",
                        es="Lo que la ventanilla única puede hacer por usted",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Selon le Schéma numérique de la Martinique, 70 % des artisans, TPE et PME ne "
                        "sont pas prêts à trouver des clients en ligne. Le guichet unique est là pour vous "
                        "aider à avancer, à votre rythme.</p>"
                        "<ul>"
                        "<li><b>Faire le point</b> sur votre entreprise et sur vos besoins numériques.</li>"
                        "<li><b>Trouver un prestataire local</b> qui peut réaliser votre projet.</li>"
                        "<li><b>Monter un dossier</b> d’aide ou de subvention.</li>"
                        "<li><b>Participer à des ateliers</b> pour découvrir ce que le numérique peut vous "
                        "apporter.</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>According to Martinique’s digital plan, 70% of craftspeople and of very small, "
                        "small and medium-sized businesses are not ready to find customers online. The "
                        "single point of contact is here to help you move forward, at your own pace.</p>"
                        "<ul><li><b>Take stock</b> of your business and your digital needs.</li>"
                        "<li><b>Find a local provider</b> who can carry out your project.</li>"
                        "<li><b>Prepare an application</b> for aid or a grant.</li>"
                        "<li><b>Join workshops</b> to discover what digital tools can do for you.</li>"
                        "</ul>"
                    ),
                    es=(
                        "<p>Según el plan digital de Martinica, el 70 % de los artesanos y de las micro, "
                        "pequeñas y medianas empresas no están preparados para conseguir clientes en línea. "
                        "La ventanilla única está aquí para ayudarle a avanzar, a su ritmo.</p>"
                        "<ul><li><b>Hacer balance</b> de su empresa y de sus necesidades digitales.</li>"
                        "<li><b>Encontrar un proveedor local</b> que pueda realizar su proyecto.</li>"
                        "<li><b>Preparar una solicitud</b> de ayuda o de subvención.</li>"
                        "<li><b>Participar en talleres</b> para descubrir lo que lo digital puede "
                        "aportarle.</li>"
                        "</ul>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Qui traite votre demande ?",
                        en="Who handles your request?",
                        es="¿Quién tramita su solicitud?",
                    ),
                    "level": "h2",
                },
            ),
            (
                "table",
                {
                    "caption": T(
                        fr="Les partenaires du guichet unique",
                        en="The partners of the single point of contact",
                        es="Los socios de la ventanilla única",
                    ),
                    "header": [
                        T(fr="Partenaire", en="Partner", es="Socio"),
                        T(fr="Pour qui", en="For whom", es="Para quién"),
                        T(fr="Son rôle", en="Role", es="Su función"),
                    ],
                    "rows": [
                        [
                            T(fr="CACEM", en="CACEM", es="CACEM"),
                            T(
                                fr=(
                                    "Entreprises de Fort-de-France, du Lamentin, de Saint-Joseph et de "
                                    "Schœlcher"
                                ),
                                en="Businesses in Fort-de-France, Le Lamentin, Saint-Joseph and Schœlcher",
                                es="Empresas de Fort-de-France, Le Lamentin, Saint-Joseph y Schœlcher",
                            ),
                            T(
                                fr="Accompagnement de proximité",
                                en="Local support",
                                es="Acompañamiento de proximidad",
                            ),
                        ],
                        [
                            T(fr="CAP Nord Martinique", en="CAP Nord Martinique", es="CAP Nord Martinique"),
                            T(
                                fr="Entreprises des 18 communes du Nord",
                                en="Businesses in the 18 towns of the North",
                                es="Empresas de los 18 municipios del Norte",
                            ),
                            T(
                                fr="Accompagnement de proximité",
                                en="Local support",
                                es="Acompañamiento de proximidad",
                            ),
                        ],
                        [
                            T(fr="Espace Sud (CAESM)", en="Espace Sud (CAESM)", es="Espace Sud (CAESM)"),
                            T(
                                fr="Entreprises des 12 communes du Sud",
                                en="Businesses in the 12 towns of the South",
                                es="Empresas de los 12 municipios del Sur",
                            ),
                            T(
                                fr="Accompagnement de proximité",
                                en="Local support",
                                es="Acompañamiento de proximidad",
                            ),
                        ],
                        [
                            T(
                                fr="CCI Martinique",
                                en="CCI Martinique (chamber of commerce)",
                                es="CCI Martinique (cámara de comercio)",
                            ),
                            T(
                                fr="Commerces, industries et services",
                                en="Shops, industry and services",
                                es="Comercios, industrias y servicios",
                            ),
                            T(
                                fr="Conseil aux entreprises",
                                en="Business advice",
                                es="Asesoramiento a empresas",
                            ),
                        ],
                        [
                            T(
                                fr="Chambre de Métiers et de l’Artisanat",
                                en="Chambre de Métiers et de l’Artisanat (chamber of trades)",
                                es="Chambre de Métiers et de l’Artisanat (cámara de oficios)",
                            ),
                            T(fr="Artisans", en="Craftspeople", es="Artesanos"),
                            T(
                                fr="Accompagnement des artisans (Artisans 3.0 et 4.0)",
                                en="Support for craftspeople (Artisans 3.0 and 4.0)",
                                es="Acompañamiento de artesanos (Artisans 3.0 y 4.0)",
                            ),
                        ],
                        [
                            T(
                                fr="Chambre d’agriculture",
                                en="Chambre d’agriculture (chamber of agriculture)",
                                es="Chambre d’agriculture (cámara de agricultura)",
                            ),
                            T(
                                fr="Agriculteurs et éleveurs",
                                en="Farmers and livestock breeders",
                                es="Agricultores y ganaderos",
                            ),
                            T(
                                fr="Formations au numérique pour les agriculteurs",
                                en="Digital training for farmers",
                                es="Formación digital para agricultores",
                            ),
                        ],
                        [
                            T(
                                fr="Collectivité Territoriale de Martinique (CTM)",
                                en="Collectivité Territoriale de Martinique (CTM)",
                                es="Collectivité Territoriale de Martinique (CTM)",
                            ),
                            T(fr="Toutes les entreprises", en="All businesses", es="Todas las empresas"),
                            T(
                                fr="Pilote le guichet et ses aides",
                                en="Runs the single point of contact and its aid",
                                es="Dirige la ventanilla única y sus ayudas",
                            ),
                        ],
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(fr="Comment ça se passe", en="How it works", es="Cómo funciona"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<ol><li>Vous remplissez le formulaire de demande : votre entreprise, votre commune, "
                        "votre activité et votre besoin.</li>"
                        "<li>Le guichet transmet votre demande au partenaire le plus adapté, selon votre "
                        "commune et votre activité.</li>"
                        "<li>Ce partenaire vous contacte pour faire le point avec vous.</li>"
                        "<li>Ensemble, vous choisissez les actions utiles : une formation, un prestataire "
                        "local, une aide financière.</li>"
                        "<li>Le partenaire suit votre projet dans la durée.</li>"
                        "</ol>"
                        "<p>Avant de commencer, préparez si possible :</p>"
                        "<ul><li>votre numéro SIRET ;</li>"
                        "<li>le nombre de personnes qui travaillent dans l’entreprise ;</li>"
                        "<li>ce que vous utilisez déjà : site internet, réseaux sociaux, logiciel de "
                        "facturation ou de comptabilité ;</li>"
                        "<li>ce que vous voulez obtenir, et votre budget approximatif ;</li>"
                        "<li>les devis que vous avez déjà reçus.</li>"
                        "</ul>"
                    ),
                    en=(
                        "<ol>"
                        "<li>You fill in the request form: your business, your town, your line of business "
                        "and your need.</li>"
                        "<li>The single point of contact sends your request to the most suitable partner, "
                        "based on your town and your line of business.</li>"
                        "<li>That partner contacts you to review your situation with you.</li>"
                        "<li>Together, you choose the right actions: a training course, a local provider, "
                        "financial aid.</li>"
                        "<li>The partner follows your project over time.</li>"
                        "</ol>"
                        "<p>Before you start, if you can, have ready:</p>"
                        "<ul><li>your SIRET number;</li>"
                        "<li>the number of people working in the business;</li>"
                        "<li>what you already use: website, social media, invoicing or accounting "
                        "software;</li>"
                        "<li>what you want to achieve, and your approximate budget;</li>"
                        "<li>any quotes you have already received.</li>"
                        "</ul>"
                    ),
                    es=(
                        "<ol>"
                        "<li>Rellena el formulario de solicitud: su empresa, su municipio, su actividad y su "
                        "necesidad.</li>"
                        "<li>La ventanilla envía su solicitud al socio más adecuado, según su municipio y su "
                        "actividad.</li>"
                        "<li>Ese socio se pone en contacto con usted para analizar su situación.</li>"
                        "<li>Juntos eligen las acciones útiles: una formación, un proveedor local, una ayuda "
                        "económica.</li>"
                        "<li>El socio acompaña su proyecto a lo largo del tiempo.</li>"
                        "</ol>"
                        "<p>Antes de empezar, prepare si es posible:</p>"
                        "<ul><li>su número SIRET;</li>"
                        "<li>el número de personas que trabajan en la empresa;</li>"
                        "<li>lo que ya utiliza: sitio web, redes sociales, programa de facturación o de "
                        "contabilidad;</li>"
                        "<li>lo que quiere conseguir y su presupuesto aproximado;</li>"
                        "<li>los presupuestos que ya haya recibido.</li>"
                        "</ul>"
                    ),
                ),
            ),
            (
                "accordion",
                {
                    "title": T(
                        fr="Questions fréquentes",
                        en="Frequently asked questions",
                        es="Preguntas frecuentes",
                    ),
                    "items": [
                        {
                            "question": T(
                                fr="Est-ce payant ?",
                                en="Does it cost anything?",
                                es="¿Tiene algún coste?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Faire une demande au guichet est gratuit. Certains accompagnements "
                                    "sont gratuits, d’autres peuvent avoir un coût. Le partenaire vous en "
                                    "informe avant de commencer.</p>"
                                ),
                                en=(
                                    "<p>Making a request is free. Some support is free, some may have a "
                                    "cost. The partner tells you before anything starts.</p>"
                                ),
                                es=(
                                    "<p>Hacer una solicitud en la ventanilla es gratuito. Algunos "
                                    "acompañamientos son gratuitos y otros pueden tener un coste. El socio "
                                    "se lo indica antes de empezar.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Je ne suis pas à l’aise avec Internet. Comment faire ?",
                                en="I am not comfortable with the internet. What can I do?",
                                es="No me manejo bien con internet. ¿Qué puedo hacer?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Vous pouvez vous faire aider pour remplir le formulaire dans un lieu "
                                    "de médiation numérique, un espace public numérique ou un espace France "
                                    "Services. Un conseiller numérique vous accompagne pas à pas.</p>"
                                ),
                                en=(
                                    "<p>You can get help filling in the form at a digital support centre, a "
                                    "public digital space or a France Services office. A digital adviser "
                                    "will guide you step by step.</p>"
                                ),
                                es=(
                                    "<p>Puede pedir ayuda para rellenar el formulario en un lugar de "
                                    "mediación digital, un espacio público digital o una oficina France "
                                    "Services. Un asesor digital le acompaña paso a paso.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Je crée mon entreprise dans le numérique. Le guichet peut-il m’aider ?",
                                en="I am starting a digital business. Can the single point of contact help?",
                                es="Estoy creando una empresa digital. ¿Puede ayudarme la ventanilla?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Oui, indiquez-le dans votre demande. Le Schéma numérique prévoit un "
                                    "accompagnement des jeunes entrepreneurs du numérique, avec notamment "
                                    "une pépinière d’entreprises. Des réseaux comme Réseau Entreprendre, "
                                    "Martinique Développement ou Martinique Digital peuvent aussi vous "
                                    "conseiller.</p>"
                                ),
                                en=(
                                    "<p>Yes, say so in your request. The digital plan provides for support "
                                    "to young digital entrepreneurs, including a business incubator. "
                                    "Networks such as Réseau Entreprendre, Martinique Développement or "
                                    "Martinique Digital can also advise you.</p>"
                                ),
                                es=(
                                    "<p>Sí, indíquelo en su solicitud. El plan digital prevé un "
                                    "acompañamiento de los jóvenes emprendedores digitales, en particular "
                                    "con un vivero de empresas. Redes como Réseau Entreprendre, Martinique "
                                    "Développement o Martinique Digital también pueden asesorarle.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Je propose des services numériques. Comment me faire connaître ?",
                                en="I offer digital services. How can I make myself known?",
                                es="Ofrezco servicios digitales. ¿Cómo puedo darme a conocer?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Le label « produit local numérique » aide les acheteurs publics et "
                                    "privés à connaître les entreprises locales du numérique. Consultez la "
                                    "page consacrée au label.</p>"
                                ),
                                en=(
                                    "<p>The “local digital product” label helps public and private buyers "
                                    "find out about local digital businesses. See the page about the "
                                    "label.</p>"
                                ),
                                es=(
                                    "<p>El sello «producto local digital» ayuda a los compradores públicos y "
                                    "privados a conocer las empresas digitales locales. Consulte la página "
                                    "dedicada al sello.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Que deviennent mes informations ?",
                                en="What happens to my information?",
                                es="¿Qué se hace con mis datos?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Elles servent uniquement à traiter votre demande. Seuls la CTM et le "
                                    "partenaire qui vous accompagne y ont accès. La page sur les données "
                                    "personnelles explique tout en détail.</p>"
                                ),
                                en=(
                                    "<p>It is only used to handle your request. Only the CTM and the partner "
                                    "supporting you can see it. The personal data page explains everything "
                                    "in detail.</p>"
                                ),
                                es=(
                                    "<p>Solo se utilizan para tramitar su solicitud. Únicamente la CTM y el "
                                    "socio que le acompaña tienen acceso a ellos. La página sobre datos "
                                    "personales lo explica todo en detalle.</p>"
                                ),
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        fr="Former votre équipe au numérique",
                        en="Train your team in digital skills",
                        es="Forme a su equipo en competencias digitales",
                    ),
                    "text": T(
                        fr=(
                            "Vous ou vos salariés voulez progresser ? Découvrez les formations proposées en "
                            "Martinique, des bases jusqu’aux métiers spécialisés."
                        ),
                        en=(
                            "Do you or your staff want to improve your skills? Discover the courses "
                            "available in Martinique, from the basics to specialist jobs."
                        ),
                        es=(
                            "¿Usted o sus empleados quieren progresar? Descubra las formaciones disponibles "
                            "en Martinica, desde lo básico hasta los oficios especializados."
                        ),
                    ),
                    "link_label": T(fr="Voir les formations", en="See the courses", es="Ver las formaciones"),
                    "page": "formations",
                },
            ),
        ],
    },
    {
        "key": "label",
        "title": T(
            fr="Le label « produit local numérique »",
            en="The “local digital product” label",
            es="El sello «producto local digital»",
        ),
        "menu_title": T(fr="Le label", en="The label", es="El sello"),
        "slug": T(
            fr="label-produit-local-numerique",
            en="local-digital-product-label",
            es="sello-producto-local-digital",
        ),
        "intro": T(
            fr=(
                "Vous êtes une entreprise de Martinique et vous proposez des solutions ou des services "
                "numériques ? Le label « produit local numérique » doit aider les acheteurs publics et "
                "privés à vous connaître et à vous choisir. C’est l’action n° 16 du Schéma numérique de la "
                "Martinique."
            ),
            en=(
                "Are you a Martinique business offering digital solutions or services? The “local digital "
                "product” label is meant to help public and private buyers find out about you and choose "
                "you. It is action no. 16 of Martinique’s digital plan (Schéma numérique)."
            ),
            es=(
                "¿Es usted una empresa de Martinica que ofrece soluciones o servicios digitales? El sello "
                "«producto local digital» debe ayudar a los compradores públicos y privados a conocerle y a "
                "elegirle. Es la acción n.º 16 del plan digital de Martinica (Schéma numérique)."
            ),
        ),
        "menu": True,
        "footer": False,
        "body": [
            (
                "heading",
                {
                    "text": T(fr="Pourquoi un label ?", en="Why a label?", es="¿Por qué un sello?"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Les entreprises locales du numérique sont souvent mal connues. Les acheteurs "
                        "font alors appel à des prestataires extérieurs, même quand une solution existe en "
                        "Martinique.</p>"
                        "<p>Le label veut corriger cela. Il doit aider les entreprises locales à :</p>"
                        "<ul><li>être repérées par les acheteurs publics et privés ;</li>"
                        "<li>consolider leur activité ;</li>"
                        "<li>attirer des investisseurs ;</li>"
                        "<li>se développer à l’international, notamment dans la Caraïbe.</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>Local digital businesses are often little known. Buyers then turn to providers "
                        "from outside, even when a solution exists in Martinique.</p>"
                        "<p>The label aims to change this. It should help local businesses to:</p>"
                        "<ul><li>get noticed by public and private buyers;</li>"
                        "<li>strengthen their business;</li>"
                        "<li>attract investors;</li>"
                        "<li>grow internationally, especially in the Caribbean.</li>"
                        "</ul>"
                    ),
                    es=(
                        "<p>Las empresas digitales locales suelen ser poco conocidas. Por eso los "
                        "compradores recurren a proveedores de fuera, incluso cuando existe una solución en "
                        "Martinica.</p>"
                        "<p>El sello quiere corregirlo. Debe ayudar a las empresas locales a:</p>"
                        "<ul><li>ser identificadas por los compradores públicos y privados;</li>"
                        "<li>consolidar su actividad;</li>"
                        "<li>atraer inversores;</li>"
                        "<li>crecer a nivel internacional, sobre todo en el Caribe.</li>"
                        "</ul>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Qui peut le demander ?",
                        en="Who can apply?",
                        es="¿Quién puede solicitarlo?",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Le label s’adresse aux <b>entreprises locales</b> qui proposent des <b>solutions "
                        "et des services numériques de qualité</b> : logiciels, applications, sites "
                        "internet, hébergement de données, conseil, communication digitale…</p>"
                        "<p>Les critères précis seront fixés dans un cahier des charges. La CTM le prépare "
                        "avec les chambres consulaires, les EPCI, Martinique Développement et Martinique "
                        "Digital. Il sera publié sur cette page.</p>"
                        "<p>Vous pouvez déjà préparer :</p>"
                        "<ul><li>une présentation de vos solutions et de vos services ;</li>"
                        "<li>des exemples de clients et de réalisations ;</li>"
                        "<li>vos certifications, si vous en avez.</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>The label is for <b>local businesses</b> that offer <b>quality digital solutions "
                        "and services</b>: software, apps, websites, data hosting, consulting, digital "
                        "communication and more.</p>"
                        "<p>The exact criteria will be set out in a specification. The CTM is drawing it up "
                        "with the chambers of commerce, trades and agriculture, the EPCI, Martinique "
                        "Développement and Martinique Digital. It will be published on this page.</p>"
                        "<p>You can already prepare:</p>"
                        "<ul><li>a description of your solutions and services;</li>"
                        "<li>examples of clients and past projects;</li>"
                        "<li>your certifications, if you have any.</li>"
                        "</ul>"
                    ),
                    es=(
                        "<p>El sello está dirigido a las <b>empresas locales</b> que ofrecen <b>soluciones y "
                        "servicios digitales de calidad</b>: programas, aplicaciones, sitios web, "
                        "alojamiento de datos, consultoría, comunicación digital, etc.</p>"
                        "<p>Los criterios concretos se fijarán en un pliego de condiciones. La CTM lo "
                        "prepara con las cámaras consulares, los EPCI, Martinique Développement y Martinique "
                        "Digital. Se publicará en esta página.</p>"
                        "<p>Ya puede preparar:</p>"
                        "<ul><li>una presentación de sus soluciones y servicios;</li>"
                        "<li>ejemplos de clientes y de trabajos realizados;</li>"
                        "<li>sus certificaciones, si las tiene.</li>"
                        "</ul>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Ce que prévoit l’action 16",
                        en="What action 16 includes",
                        es="Lo que prevé la acción 16",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<ol><li>Recenser les acheteurs publics et privés, et leurs besoins.</li>"
                        "<li>Dresser la carte des solutions numériques locales.</li>"
                        "<li>Attribuer le label aux solutions qui respectent le cahier des charges.</li>"
                        "<li>Publier un guide des solutions locales, en ligne et sur papier, pour les "
                        "acheteurs.</li>"
                        "<li>Organiser des ateliers pour les acheteurs publics, et une rencontre entre "
                        "acheteurs et entreprises, comme une foire professionnelle.</li>"
                        "</ol>"
                        "<p>Les élus qui soutiennent la démarche pourront signer une charte au nom de leur "
                        "organisation. La liste des signataires sera publique.</p>"
                    ),
                    en=(
                        "<ol><li>Identify public and private buyers and their needs.</li>"
                        "<li>Map the local digital solutions.</li>"
                        "<li>Award the label to the solutions that meet the specification.</li>"
                        "<li>Publish a guide to local solutions for buyers, online and in print.</li>"
                        "<li>Hold workshops for public buyers, and a meeting between buyers and businesses, "
                        "like a trade fair.</li>"
                        "</ol>"
                        "<p>Elected officials who support the initiative will be able to sign a charter on "
                        "behalf of their organisation. The list of signatories will be public.</p>"
                    ),
                    es=(
                        "<ol><li>Identificar a los compradores públicos y privados y sus necesidades.</li>"
                        "<li>Elaborar el mapa de las soluciones digitales locales.</li>"
                        "<li>Conceder el sello a las soluciones que cumplan el pliego de condiciones.</li>"
                        "<li>Publicar una guía de soluciones locales para los compradores, en línea y en "
                        "papel.</li>"
                        "<li>Organizar talleres para los compradores públicos y un encuentro entre "
                        "compradores y empresas, como una feria profesional.</li>"
                        "</ol>"
                        "<p>Los cargos electos que apoyen la iniciativa podrán firmar una carta en nombre de "
                        "su organización. La lista de firmantes será pública.</p>"
                    ),
                ),
            ),
            (
                "accordion",
                {
                    "title": T(
                        fr="Questions fréquentes",
                        en="Frequently asked questions",
                        es="Preguntas frecuentes",
                    ),
                    "items": [
                        {
                            "question": T(
                                fr="Qui porte le label ?",
                                en="Who runs the label?",
                                es="¿Quién gestiona el sello?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>La Collectivité Territoriale de Martinique (CTM). Elle travaille "
                                    "avec les chambres consulaires, les EPCI, Martinique Développement et "
                                    "Martinique Digital, l’association des entreprises du numérique.</p>"
                                ),
                                en=(
                                    "<p>The Collectivité Territoriale de Martinique (CTM). It works with the "
                                    "chambers of commerce, trades and agriculture, the EPCI, Martinique "
                                    "Développement and Martinique Digital, the association of digital "
                                    "businesses.</p>"
                                ),
                                es=(
                                    "<p>La Collectivité Territoriale de Martinique (CTM). Trabaja con las "
                                    "cámaras consulares, los EPCI, Martinique Développement y Martinique "
                                    "Digital, la asociación de empresas digitales.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Que sont les ateliers ATAPNIT ?",
                                en="What are the ATAPNIT workshops?",
                                es="¿Qué son los talleres ATAPNIT?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>ATAPNIT signifie « Ateliers pour la transformation de l’achat public "
                                    "numérique pour plus d’impact pour le territoire ». Ces ateliers aident "
                                    "les acheteurs publics à mieux acheter des services numériques, de façon "
                                    "locale et responsable.</p>"
                                ),
                                en=(
                                    "<p>ATAPNIT stands for “Ateliers pour la transformation de l’achat "
                                    "public numérique pour plus d’impact pour le territoire”, workshops to "
                                    "transform public digital purchasing for greater local impact. They help "
                                    "public buyers purchase digital services better, locally and "
                                    "responsibly.</p>"
                                ),
                                es=(
                                    "<p>ATAPNIT significa «Ateliers pour la transformation de l’achat public "
                                    "numérique pour plus d’impact pour le territoire», talleres para "
                                    "transformar la compra pública digital con más impacto para el "
                                    "territorio. Ayudan a los compradores públicos a comprar mejor servicios "
                                    "digitales, de forma local y responsable.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Qu’est-ce que technou.mq ?",
                                en="What is technou.mq?",
                                es="¿Qué es technou.mq?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>C’est la plateforme prévue par le Schéma numérique pour cette "
                                    "action. Elle doit présenter les solutions locales et la liste des "
                                    "signataires de la charte, et permettre de s’inscrire aux ateliers et "
                                    "aux événements.</p>"
                                ),
                                en=(
                                    "<p>It is the platform the digital plan provides for this action. It "
                                    "should present local solutions and the list of charter signatories, and "
                                    "let you sign up for workshops and events.</p>"
                                ),
                                es=(
                                    "<p>Es la plataforma prevista por el plan digital para esta acción. Debe "
                                    "presentar las soluciones locales y la lista de firmantes de la carta, y "
                                    "permitir inscribirse en los talleres y eventos.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Je suis acheteur. Comment trouver une solution locale ?",
                                en="I am a buyer. How do I find a local solution?",
                                es="Soy comprador. ¿Cómo encuentro una solución local?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Le guide des solutions locales, en ligne et sur papier, est fait "
                                    "pour vous. En attendant sa publication, le guichet unique peut mettre "
                                    "votre entreprise en relation avec des prestataires locaux.</p>"
                                ),
                                en=(
                                    "<p>The guide to local solutions, online and in print, is made for you. "
                                    "Until it is published, the single point of contact can put your "
                                    "business in touch with local providers.</p>"
                                ),
                                es=(
                                    "<p>La guía de soluciones locales, en línea y en papel, está pensada "
                                    "para usted. Mientras se publica, la ventanilla única puede poner a su "
                                    "empresa en contacto con proveedores locales.</p>"
                                ),
                            ),
                        },
                        {
                            "question": T(
                                fr="Comment être informé de l’ouverture des candidatures ?",
                                en="How will I know when applications open?",
                                es="¿Cómo sabré cuándo se abren las candidaturas?",
                            ),
                            "answer": T(
                                fr=(
                                    "<p>Écrivez à label@demo.example. Nous vous préviendrons dès que le "
                                    "cahier des charges sera publié.</p>"
                                ),
                                en=(
                                    "<p>Write to label@demo.example. We will let you know as soon as the "
                                    "specification is published.</p>"
                                ),
                                es=(
                                    "<p>Escriba a label@demo.example. Le avisaremos en cuanto se publique el "
                                    "pliego de condiciones.</p>"
                                ),
                            ),
                        },
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        fr="Vous cherchez un prestataire local ?",
                        en="Looking for a local provider?",
                        es="¿Busca un proveedor local?",
                    ),
                    "text": T(
                        fr=(
                            "Vous dirigez une TPE et vous avez un projet numérique ? Le guichet unique peut "
                            "vous mettre en relation avec des entreprises de Martinique."
                        ),
                        en=(
                            "Do you run a very small business with a digital project? The single point of "
                            "contact can put you in touch with businesses in Martinique."
                        ),
                        es=(
                            "¿Dirige una microempresa y tiene un proyecto digital? La ventanilla única puede "
                            "ponerle en contacto con empresas de Martinica."
                        ),
                    ),
                    "link_label": T(
                        fr="Demander un accompagnement",
                        en="Ask for business support",
                        es="Solicitar acompañamiento",
                    ),
                    "page": "accompagnement",
                },
            ),
        ],
    },
    {
        "key": "tiers-lieux",
        "model": "lieux.PlaceMapPage",
        "title": T(
            fr="Tiers-lieux et lieux de médiation numérique",
            en="Community digital spaces and digital support centres",
            es="Tiers-lieux y espacios de mediación digital",
        ),
        "menu_title": T(fr="Tiers-lieux", en="Digital spaces", es="Espacios digitales"),
        "slug": T(fr="tiers-lieux", en="community-digital-spaces", es="espacios-digitales"),
        "intro": T(
            fr=(
                "Un tiers-lieu est un lieu ouvert, ni la maison ni le travail, où l’on vient pour apprendre, "
                "travailler, fabriquer ou se faire aider. En Martinique, ces lieux et les lieux de médiation "
                "numérique vous accueillent pour utiliser Internet, faire vos démarches ou vous former. La "
                "CTM veut les rendre plus visibles : c’est l’action n° 7 du Schéma numérique."
            ),
            en=(
                "A tiers-lieu, or “third place”, is an open space, neither home nor work, where people come "
                "to learn, work, make things or get help. In Martinique, these spaces and digital support "
                "centres welcome you to use the internet, handle your paperwork online or learn new skills. "
                "The CTM wants to make them easier to find: this is action no. 7 of the digital plan."
            ),
            es=(
                "Un tiers-lieu, o «tercer lugar», es un espacio abierto, que no es ni la casa ni el trabajo, "
                "al que se acude para aprender, trabajar, fabricar o recibir ayuda. En Martinica, estos "
                "espacios y los lugares de mediación digital le acogen para usar internet, hacer sus "
                "trámites o formarse. La CTM quiere darles más visibilidad: es la acción n.º 7 del plan "
                "digital."
            ),
        ),
        "menu": True,
        "footer": False,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        fr="Ce que vous pouvez y faire",
                        en="What you can do there",
                        es="Lo que puede hacer allí",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<ul>"
                        "<li><b>Vous faire aider</b> pour utiliser un ordinateur, un smartphone ou Internet "
                        ": c’est la médiation numérique.</li>"
                        "<li><b>Faire vos démarches en ligne</b> avec l’aide d’un professionnel, par exemple "
                        "dans un espace France Services ou avec Aidants Connect.</li>"
                        "<li><b>Travailler près de chez vous</b> dans un espace de coworking, avec un poste "
                        "équipé et une connexion.</li>"
                        "<li><b>Fabriquer et tester vos idées</b> dans un fablab, avec des machines "
                        "partagées comme l’imprimante 3D.</li>"
                        "<li><b>Participer à des ateliers</b> et à des formations.</li>"
                        "</ul>"
                        "<p>Ces lieux sont ouverts à tous : élèves, jeunes, seniors, personnes en situation "
                        "de handicap, personnes éloignées du numérique, demandeurs d’emploi, mais aussi "
                        "indépendants et chefs d’entreprise.</p>"
                    ),
                    en=(
                        "<ul>"
                        "<li><b>Get help</b> using a computer, a smartphone or the internet: this is called "
                        "digital mediation.</li>"
                        "<li><b>Do your paperwork online</b> with help from a professional, for example at a "
                        "France Services office or through Aidants Connect.</li>"
                        "<li><b>Work close to home</b> in a coworking space, with an equipped desk and a "
                        "connection.</li>"
                        "<li><b>Make and test your ideas</b> in a fab lab, with shared machines such as 3D "
                        "printers.</li>"
                        "<li><b>Take part in workshops</b> and training sessions.</li>"
                        "</ul>"
                        "<p>These places are open to everyone: pupils, young people, older people, people "
                        "with disabilities, people unfamiliar with digital tools, jobseekers, and also "
                        "freelancers and business owners.</p>"
                    ),
                    es=(
                        "<ul><li><b>Recibir ayuda</b> para usar un ordenador, un móvil o internet: es la "
                        "mediación digital.</li>"
                        "<li><b>Hacer sus trámites en línea</b> con la ayuda de un profesional, por ejemplo "
                        "en una oficina France Services o con Aidants Connect.</li>"
                        "<li><b>Trabajar cerca de casa</b> en un espacio de coworking, con un puesto "
                        "equipado y conexión.</li>"
                        "<li><b>Fabricar y probar sus ideas</b> en un fablab, con máquinas compartidas como "
                        "la impresora 3D.</li>"
                        "<li><b>Participar en talleres</b> y en formaciones.</li>"
                        "</ul>"
                        "<p>Estos lugares están abiertos a todos: alumnos, jóvenes, personas mayores, "
                        "personas con discapacidad, personas alejadas de lo digital, personas que buscan "
                        "empleo, y también autónomos y empresarios.</p>"
                    ),
                ),
            ),
            (
                "table",
                {
                    "caption": T(
                        fr="Les principaux types de lieux",
                        en="The main types of places",
                        es="Los principales tipos de lugares",
                    ),
                    "header": [
                        T(fr="Type de lieu", en="Type of place", es="Tipo de lugar"),
                        T(fr="Ce que vous y trouvez", en="What you will find", es="Lo que encontrará"),
                        T(fr="Pour qui", en="For whom", es="Para quién"),
                    ],
                    "rows": [
                        [
                            T(
                                fr="Espace public numérique (EPN)",
                                en="Public digital space (EPN)",
                                es="Espacio público digital (EPN)",
                            ),
                            T(
                                fr="Accès à Internet et ateliers d’initiation",
                                en="Internet access and beginners’ workshops",
                                es="Acceso a internet y talleres de iniciación",
                            ),
                            T(fr="Tout public", en="Everyone", es="Todo el público"),
                        ],
                        [
                            T(
                                fr="Lieu de médiation numérique",
                                en="Digital support centre",
                                es="Lugar de mediación digital",
                            ),
                            T(
                                fr="Aide personnalisée par un conseiller numérique",
                                en="One-to-one help from a digital adviser",
                                es="Ayuda personalizada de un asesor digital",
                            ),
                            T(
                                fr="Personnes qui débutent ou ont besoin d’aide",
                                en="Beginners and people who need help",
                                es="Personas que empiezan o necesitan ayuda",
                            ),
                        ],
                        [
                            T(
                                fr="Espace France Services",
                                en="France Services office",
                                es="Oficina France Services",
                            ),
                            T(
                                fr="Aide pour les démarches administratives",
                                en="Help with administrative procedures",
                                es="Ayuda con los trámites administrativos",
                            ),
                            T(fr="Tout public", en="Everyone", es="Todo el público"),
                        ],
                        [
                            T(fr="Fablab", en="Fab lab", es="Fablab"),
                            T(
                                fr="Machines partagées : impression 3D, découpe, commande numérique",
                                en="Shared machines: 3D printing, cutting, computer-controlled tools",
                                es="Máquinas compartidas: impresión 3D, corte, control numérico",
                            ),
                            T(
                                fr="Créateurs, étudiants, entreprises",
                                en="Makers, students, businesses",
                                es="Creadores, estudiantes, empresas",
                            ),
                        ],
                        [
                            T(
                                fr="Coworking, télécentre (en projet)",
                                en="Coworking space, telecentre (planned)",
                                es="Coworking, telecentro (en proyecto)",
                            ),
                            T(
                                fr="Poste de travail équipé et connexion",
                                en="Equipped desk and connection",
                                es="Puesto de trabajo equipado y conexión",
                            ),
                            T(
                                fr="Indépendants, salariés en télétravail",
                                en="Freelancers, remote workers",
                                es="Autónomos, teletrabajadores",
                            ),
                        ],
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Trouver un lieu près de chez vous",
                        en="Find a place near you",
                        es="Encontrar un lugar cerca de usted",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>La CTM recense les tiers-lieux de Martinique avec les EPCI, les communes et les "
                        "associations. Elle s’appuie sur la cartographie nationale de l’Agence nationale de "
                        "la cohésion des territoires (ANCT) et la met à jour. Les lieux recensés seront "
                        "aussi présentés sur ce portail.</p>"
                        "<p>En attendant, renseignez-vous auprès de votre mairie ou de votre EPCI. Les "
                        "horaires et les services changent : contactez le lieu avant de vous déplacer.</p>"
                    ),
                    en=(
                        "<p>The CTM is listing Martinique’s tiers-lieux with the EPCI, the towns and local "
                        "associations. It builds on the national map of the French agency for territorial "
                        "cohesion (ANCT) and keeps it up to date. The places listed will also appear on this "
                        "portal.</p>"
                        "<p>In the meantime, ask your town hall or your EPCI. Opening hours and services "
                        "change, so contact the place before you go.</p>"
                    ),
                    es=(
                        "<p>La CTM hace el censo de los tiers-lieux de Martinica con los EPCI, los "
                        "municipios y las asociaciones. Se apoya en el mapa nacional de la Agencia nacional "
                        "de cohesión territorial (ANCT) y lo actualiza. Los lugares censados también se "
                        "presentarán en este portal.</p>"
                        "<p>Mientras tanto, infórmese en su ayuntamiento o en su EPCI. Los horarios y los "
                        "servicios cambian: contacte con el lugar antes de desplazarse.</p>"
                    ),
                ),
            ),
            (
                "table",
                {
                    "caption": T(
                        fr="Quelques lieux cités dans le rapport du CEP (2024)",
                        en="Some places mentioned in the CEP report (2024)",
                        es="Algunos lugares citados en el informe del CEP (2024)",
                    ),
                    "header": [
                        T(fr="Lieu", en="Place", es="Lugar"),
                        T(fr="Commune", en="Town", es="Municipio"),
                        T(fr="Ce qu’on y trouve", en="What it offers", es="Lo que ofrece"),
                    ],
                    "rows": [
                        [
                            T(fr="La Sphère 972", en="La Sphère 972", es="La Sphère 972"),
                            T(fr="Le Lamentin", en="Le Lamentin", es="Le Lamentin"),
                            T(
                                fr="Tiers-lieu solidaire : fablab, medialab, coworking",
                                en="Community space: fab lab, media lab, coworking",
                                es="Tiers-lieu solidario: fablab, medialab, coworking",
                            ),
                        ],
                        [
                            T(fr="VANLAB", en="VANLAB", es="VANLAB"),
                            T(fr="Fort-de-France", en="Fort-de-France", es="Fort-de-France"),
                            T(
                                fr="Machines à commande numérique partagées",
                                en="Shared computer-controlled machines",
                                es="Máquinas de control numérico compartidas",
                            ),
                        ],
                        [
                            T(fr="HELIOS", en="HELIOS", es="HELIOS"),
                            T(fr="Territoire de la CACEM", en="CACEM area", es="Territorio de la CACEM"),
                            T(fr="Campus numérique 4.0", en="Digital campus 4.0", es="Campus digital 4.0"),
                        ],
                        [
                            T(
                                fr="Tiers-lieu de CAP Nord (en projet)",
                                en="CAP Nord tiers-lieu (planned)",
                                es="Tiers-lieu de CAP Nord (en proyecto)",
                            ),
                            T(fr="Nord de la Martinique", en="North of Martinique", es="Norte de Martinica"),
                            T(
                                fr="Campus connecté, télécentres, médiation numérique",
                                en="Connected campus, telecentres, digital mediation",
                                es="Campus conectado, telecentros, mediación digital",
                            ),
                        ],
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "title": T(
                        fr="Vous dirigez une entreprise ?",
                        en="Do you run a business?",
                        es="¿Dirige una empresa?",
                    ),
                    "text": T(
                        fr=(
                            "Pour aller plus loin qu’un atelier, le guichet unique vous oriente vers un "
                            "accompagnement adapté à votre entreprise."
                        ),
                        en=(
                            "To go further than a workshop, the single point of contact directs you to "
                            "support suited to your business."
                        ),
                        es=(
                            "Para ir más allá de un taller, la ventanilla única le orienta hacia un "
                            "acompañamiento adaptado a su empresa."
                        ),
                    ),
                    "link_label": T(
                        fr="Demander un accompagnement",
                        en="Ask for business support",
                        es="Solicitar acompañamiento",
                    ),
                    "page": "accompagnement",
                },
            ),
        ],
    },
    {
        "key": "evenements",
        "model": "evenements.EventIndexPage",
        "title": T(
            fr="Ateliers et événements",
            en="Workshops and events",
            es="Talleres y eventos",
        ),
        "menu_title": T(fr="Ateliers", en="Workshops", es="Talleres"),
        "slug": T(fr="evenements", en="events", es="eventos"),
        "intro": T(
            fr=(
                "Ateliers pour débuter avec le numérique, permanences d’aide aux démarches, formations "
                "courtes et rencontres entre acheteurs et entreprises du numérique : inscrivez-vous "
                "gratuitement, près de chez vous ou en ligne."
            ),
            en=(
                "Workshops to get started with digital tools, drop-in help with online paperwork, short "
                "courses and meetings between buyers and digital companies: sign up for free, near you or "
                "online."
            ),
            es=(
                "Talleres para iniciarse en lo digital, permanencias de ayuda con los trámites, cursos "
                "cortos y encuentros entre compradores y empresas digitales: inscríbase gratis, cerca de "
                "usted o en línea."
            ),
        ),
        "menu": True,
        "footer": False,
        "body": [],
    },
    {
        "key": "a-propos",
        "title": T(fr="À propos du portail", en="About the portal", es="Acerca del portal"),
        "slug": T(fr="a-propos", en="about", es="acerca-de"),
        "intro": T(
            fr=(
                "Le Portail numérique de Martinique rassemble en un seul endroit ce qu’il faut pour se "
                "former, financer un projet, numériser son entreprise et trouver de l’aide près de chez soi. "
                "Il est porté par la Collectivité Territoriale de Martinique (CTM)."
            ),
            en=(
                "The Portail numérique de Martinique brings together in one place what you need to learn "
                "digital skills, fund a project, take your business digital and find help near you. It is "
                "run by the Collectivité Territoriale de Martinique (CTM), the regional authority."
            ),
            es=(
                "El Portail numérique de Martinique reúne en un solo lugar lo necesario para formarse, "
                "financiar un proyecto, digitalizar su empresa y encontrar ayuda cerca de casa. Lo gestiona "
                "la Collectivité Territoriale de Martinique (CTM), el gobierno territorial."
            ),
        ),
        "menu": False,
        "footer": True,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        fr="Le Schéma numérique de la Martinique 2024-2028",
                        en="Martinique’s digital plan 2024-2028",
                        es="El plan digital de Martinica 2024-2028",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Le Schéma numérique est la feuille de route de la CTM pour le numérique. Il a "
                        "été construit avec les acteurs du territoire, après un diagnostic, une enquête en "
                        "ligne et des ateliers de concertation. Il compte 23 actions, réparties en cinq "
                        "piliers : éducation au numérique, attractivité numérique, digitalisation de "
                        "l’économie, Smart Island et Smart administration.</p>"
                        "<p>Ce portail met en œuvre quatre de ces actions :</p>"
                        "<ul><li><b>Action 7</b> : améliorer la visibilité des tiers-lieux ;</li>"
                        "<li><b>Action 12</b> : mettre en place un guichet d’accompagnement unique pour les "
                        "entreprises ;</li>"
                        "<li><b>Action 13</b> : mettre en place un parcours numérique territorial, qui guide "
                        "chaque entreprise vers le bon dispositif ;</li>"
                        "<li><b>Action 16</b> : valoriser la production numérique locale, avec un label.</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>The Schéma numérique is the CTM’s roadmap for digital development. It was built "
                        "with local stakeholders, after an assessment, an online survey and consultation "
                        "workshops. It contains 23 actions grouped into five pillars: digital education, "
                        "digital attractiveness, digitalisation of the economy, Smart Island and Smart "
                        "administration.</p>"
                        "<p>This portal puts four of these actions into practice:</p>"
                        "<ul><li><b>Action 7</b>: make tiers-lieux (community digital spaces) easier to "
                        "find;</li>"
                        "<li><b>Action 12</b>: set up a single point of contact to support businesses;</li>"
                        "<li><b>Action 13</b>: set up a territorial digital pathway that guides each "
                        "business to the right scheme;</li>"
                        "<li><b>Action 16</b>: promote local digital production with a label.</li>"
                        "</ul>"
                    ),
                    es=(
                        "<p>El Schéma numérique es la hoja de ruta de la CTM para lo digital. Se elaboró con "
                        "los actores del territorio, tras un diagnóstico, una encuesta en línea y talleres "
                        "de concertación. Incluye 23 acciones repartidas en cinco pilares: educación "
                        "digital, atractivo digital, digitalización de la economía, Smart Island y Smart "
                        "administration.</p>"
                        "<p>Este portal pone en práctica cuatro de esas acciones:</p>"
                        "<ul>"
                        "<li><b>Acción 7</b>: mejorar la visibilidad de los tiers-lieux (espacios digitales "
                        "comunitarios);</li>"
                        "<li><b>Acción 12</b>: crear una ventanilla única de acompañamiento para las "
                        "empresas;</li>"
                        "<li><b>Acción 13</b>: crear un itinerario digital territorial que guíe a cada "
                        "empresa hacia el dispositivo adecuado;</li>"
                        "<li><b>Acción 16</b>: valorizar la producción digital local con un sello.</li>"
                        "</ul>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Le rapport sur les métiers du numérique",
                        en="The report on digital jobs",
                        es="El informe sobre los oficios digitales",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Le contrat d’étude prospective (CEP) sur les métiers du numérique en Martinique "
                        "a été commandé par la CTM et la DEETS. Il a été conduit par l’AGEFMA et son "
                        "observatoire régional emploi formation (OREF), avec les cabinets V.E.V Consulting "
                        "et Smart World Partners. Son rapport final date du 2 août 2024.</p>"
                        "<p>Il s’appuie sur une enquête auprès de 200 entreprises et sur plus de 70 "
                        "entretiens. Il recommande notamment de rendre l’offre de formation plus lisible, de "
                        "recenser les financements disponibles et de développer la médiation numérique "
                        "auprès des TPE. Ce portail reprend ces pistes.</p>"
                    ),
                    en=(
                        "<p>The forward-looking study contract (CEP) on digital jobs in Martinique was "
                        "commissioned by the CTM and the DEETS, the State’s regional office for the economy, "
                        "employment and labour. It was led by AGEFMA and its regional employment and "
                        "training observatory (OREF), with the consultancies V.E.V Consulting and Smart "
                        "World Partners. Its final report is dated 2 August 2024.</p>"
                        "<p>It draws on a survey of 200 businesses and more than 70 interviews. Among other "
                        "things, it recommends making the training offer easier to understand, listing the "
                        "funding available and developing digital mediation for very small businesses. This "
                        "portal follows these recommendations.</p>"
                    ),
                    es=(
                        "<p>El contrato de estudio prospectivo (CEP) sobre los oficios digitales en "
                        "Martinica fue encargado por la CTM y la DEETS, la delegación regional del Estado "
                        "para la economía, el empleo y el trabajo. Lo realizaron la AGEFMA y su observatorio "
                        "regional de empleo y formación (OREF), con las consultoras V.E.V Consulting y Smart "
                        "World Partners. Su informe final tiene fecha del 2 de agosto de 2024.</p>"
                        "<p>Se basa en una encuesta a 200 empresas y en más de 70 entrevistas. Recomienda, "
                        "entre otras cosas, hacer más comprensible la oferta de formación, hacer un "
                        "inventario de la financiación disponible y desarrollar la mediación digital para "
                        "las microempresas. Este portal sigue esas recomendaciones.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Qui fait ce portail ?",
                        en="Who runs this portal?",
                        es="¿Quién está detrás de este portal?",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Le portail est édité par la Collectivité Territoriale de Martinique. Il "
                        "travaille avec les partenaires des actions du Schéma numérique :</p>"
                        "<ul><li>les trois EPCI : CACEM, CAP Nord Martinique et Espace Sud ;</li>"
                        "<li>les chambres consulaires : CCI Martinique, Chambre de Métiers et de "
                        "l’Artisanat, Chambre d’agriculture ;</li>"
                        "<li>Martinique Développement et Martinique Digital ;</li>"
                        "<li>les organismes de formation et les lieux de médiation numérique.</li>"
                        "</ul>"
                        "<p>Le portail est disponible en français, en anglais et en espagnol, pour s’ouvrir "
                        "à nos voisins de la Caraïbe et des Amériques.</p>"
                        "<p>Cette version est une instance de démonstration.</p>"
                    ),
                    en=(
                        "<p>The portal is published by the Collectivité Territoriale de Martinique. It works "
                        "with the partners of the digital plan’s actions:</p>"
                        "<ul><li>the three EPCI (groupings of towns): CACEM, CAP Nord Martinique and Espace "
                        "Sud;</li>"
                        "<li>the chambers: CCI Martinique (commerce), Chambre de Métiers et de l’Artisanat "
                        "(trades), Chambre d’agriculture (agriculture);</li>"
                        "<li>Martinique Développement and Martinique Digital;</li>"
                        "<li>training providers and digital support centres.</li>"
                        "</ul>"
                        "<p>The portal is available in French, English and Spanish, to reach out to our "
                        "neighbours in the Caribbean and the Americas.</p>"
                        "<p>This version is a demonstration instance.</p>"
                    ),
                    es=(
                        "<p>El portal lo publica la Collectivité Territoriale de Martinique. Trabaja con los "
                        "socios de las acciones del plan digital:</p>"
                        "<ul>"
                        "<li>los tres EPCI (agrupaciones de municipios): CACEM, CAP Nord Martinique y Espace "
                        "Sud;</li>"
                        "<li>las cámaras consulares: CCI Martinique (comercio), Chambre de Métiers et de "
                        "l’Artisanat (oficios), Chambre d’agriculture (agricultura);</li>"
                        "<li>Martinique Développement y Martinique Digital;</li>"
                        "<li>los organismos de formación y los lugares de mediación digital.</li>"
                        "</ul>"
                        "<p>El portal está disponible en francés, inglés y español, para abrirse a nuestros "
                        "vecinos del Caribe y de las Américas.</p>"
                        "<p>Esta versión es una instancia de demostración.</p>"
                    ),
                ),
            ),
        ],
    },
    {
        "key": "accessibilite",
        "title": T(fr="Accessibilité", en="Accessibility", es="Accesibilidad"),
        "slug": T(fr="accessibilite", en="accessibility", es="accesibilidad"),
        "intro": T(
            fr=(
                "La Collectivité Territoriale de Martinique s’engage à rendre ses sites internet, intranet, "
                "extranet et ses progiciels accessibles, conformément à l’article 47 de la loi n° 2005-102 "
                "du 11 février 2005. Cette déclaration d’accessibilité s’applique au Portail numérique de "
                "Martinique."
            ),
            en=(
                "The Collectivité Territoriale de Martinique is committed to making its websites, intranets, "
                "extranets and software packages accessible, in accordance with article 47 of French law no. "
                "2005-102 of 11 February 2005. This accessibility statement applies to the Portail numérique "
                "de Martinique."
            ),
            es=(
                "La Collectivité Territoriale de Martinique se compromete a hacer accesibles sus sitios de "
                "internet, intranet, extranet y sus programas informáticos, de conformidad con el artículo "
                "47 de la ley francesa n.º 2005-102 del 11 de febrero de 2005. Esta declaración de "
                "accesibilidad se aplica al Portail numérique de Martinique."
            ),
        ),
        "menu": False,
        "footer": True,
        "body": [
            (
                "heading",
                {
                    "text": T(fr="État de conformité", en="Compliance status", es="Estado de conformidad"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Le Portail numérique de Martinique est <b>non conforme</b> avec le RGAA, le "
                        "référentiel général d’amélioration de l’accessibilité. Le site n’a pas encore fait "
                        "l’objet d’un audit de conformité : il est en attente d’audit.</p>"
                        "<p>En attendant l’audit, l’équipe a réalisé les vérifications suivantes :</p>"
                        "<ul>"
                        "<li>des contrôles automatiques avec l’outil axe-core sur chaque type de page ;</li>"
                        "<li>la navigation complète au clavier, sans souris ;</li>"
                        "<li>l’affichage avec un zoom à 200 %.</li>"
                        "</ul>"
                        "<p>Ces vérifications ne remplacent pas un audit complet. Les contenus non "
                        "accessibles seront listés sur cette page après l’audit.</p>"
                    ),
                    en=(
                        "<p>The Portail numérique de Martinique is <b>non-compliant</b> with the RGAA, the "
                        "French general accessibility improvement framework. The site has not yet been "
                        "audited for compliance: an audit is pending.</p>"
                        "<p>Until the audit takes place, the team has carried out the following checks:</p>"
                        "<ul><li>automatic checks with the axe-core tool on every type of page;</li>"
                        "<li>full keyboard navigation, without a mouse;</li>"
                        "<li>display with the zoom set to 200%.</li>"
                        "</ul>"
                        "<p>These checks do not replace a full audit. Content that is not accessible will be "
                        "listed on this page after the audit.</p>"
                    ),
                    es=(
                        "<p>El Portail numérique de Martinique <b>no es conforme</b> con el RGAA, el "
                        "referencial general francés de mejora de la accesibilidad. El sitio aún no ha sido "
                        "objeto de una auditoría de conformidad: la auditoría está pendiente.</p>"
                        "<p>A la espera de la auditoría, el equipo ha realizado las siguientes "
                        "comprobaciones:</p>"
                        "<ul>"
                        "<li>controles automáticos con la herramienta axe-core en cada tipo de página;</li>"
                        "<li>la navegación completa con el teclado, sin ratón;</li>"
                        "<li>la visualización con un zoom del 200 %.</li>"
                        "</ul>"
                        "<p>Estas comprobaciones no sustituyen a una auditoría completa. Los contenidos no "
                        "accesibles se enumerarán en esta página después de la auditoría.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Établissement de cette déclaration",
                        en="Preparation of this statement",
                        es="Elaboración de esta declaración",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Cette déclaration a été établie le 22 novembre 2026.</p>"
                        "<p>Technologies utilisées pour la réalisation du portail :</p>"
                        "<ul><li>HTML</li>"
                        "<li>CSS</li>"
                        "</ul>"
                        "<p>Outil utilisé pour les tests automatiques : axe-core, dans le navigateur "
                        "Chromium.</p>"
                    ),
                    en=(
                        "<p>This statement was drawn up on 22 November 2026.</p>"
                        "<p>Technologies used to build the portal:</p>"
                        "<ul><li>HTML</li>"
                        "<li>CSS</li>"
                        "</ul>"
                        "<p>Tool used for automatic testing: axe-core, in the Chromium browser.</p>"
                    ),
                    es=(
                        "<p>Esta declaración se elaboró el 22 de noviembre de 2026.</p>"
                        "<p>Tecnologías utilizadas para crear el portal:</p>"
                        "<ul><li>HTML</li>"
                        "<li>CSS</li>"
                        "</ul>"
                        "<p>Herramienta utilizada para las pruebas automáticas: axe-core, en el navegador "
                        "Chromium.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Retour d’information et contact",
                        en="Feedback and contact",
                        es="Comentarios y contacto",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez-nous. "
                        "Nous vous orienterons vers une alternative accessible ou nous vous fournirons le "
                        "contenu sous une autre forme.</p>"
                        "<p>Écrivez à accessibilite@demo.example. Précisez la page concernée et le problème "
                        "rencontré.</p>"
                    ),
                    en=(
                        "<p>If you cannot access a piece of content or a service, contact us. We will direct "
                        "you to an accessible alternative or provide the content in another form.</p>"
                        "<p>Write to accessibilite@demo.example. Tell us which page is involved and what "
                        "problem you encountered.</p>"
                    ),
                    es=(
                        "<p>Si no consigue acceder a un contenido o a un servicio, contacte con nosotros. Le "
                        "orientaremos hacia una alternativa accesible o le facilitaremos el contenido en "
                        "otro formato.</p>"
                        "<p>Escriba a accessibilite@demo.example. Indique la página afectada y el problema "
                        "encontrado.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(fr="Voies de recours", en="Remedies", es="Vías de recurso"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Cette procédure est à utiliser dans le cas suivant : vous avez signalé au "
                        "responsable du portail un défaut d’accessibilité qui vous empêche d’accéder à un "
                        "contenu ou à un service, et vous n’avez pas obtenu de réponse satisfaisante.</p>"
                        "<p>Vous pouvez :</p>"
                        "<ul>"
                        "<li>écrire un message au Défenseur des droits, avec le formulaire en ligne de son "
                        "site ;</li>"
                        "<li>contacter le délégué du Défenseur des droits dans votre région ;</li>"
                        "<li>envoyer un courrier par la poste, gratuitement, sans mettre de timbre : "
                        "Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>Use this procedure in the following case: you have reported to the portal team "
                        "an accessibility problem that prevents you from accessing content or a service, and "
                        "you have not received a satisfactory answer.</p>"
                        "<p>You can:</p>"
                        "<ul><li>write to the Défenseur des droits (the French rights ombudsman) using the "
                        "online form on its website;</li>"
                        "<li>contact the Défenseur des droits delegate in your region;</li>"
                        "<li>send a letter by post, free of charge and without a stamp, to: Défenseur des "
                        "droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                        "</ul>"
                    ),
                    es=(
                        "<p>Este procedimiento se utiliza en el siguiente caso: ha informado al responsable "
                        "del portal de un problema de accesibilidad que le impide acceder a un contenido o a "
                        "un servicio, y no ha recibido una respuesta satisfactoria.</p>"
                        "<p>Puede:</p>"
                        "<ul><li>escribir al Défenseur des droits (el defensor de los derechos en Francia) "
                        "mediante el formulario en línea de su sitio web;</li>"
                        "<li>contactar con el delegado del Défenseur des droits en su región;</li>"
                        "<li>enviar una carta por correo postal, de forma gratuita y sin sello, a: Défenseur "
                        "des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>"
                        "</ul>"
                    ),
                ),
            ),
        ],
    },
    {
        "key": "mentions-legales",
        "title": T(fr="Mentions légales", en="Legal notice", es="Aviso legal"),
        "slug": T(fr="mentions-legales", en="legal-notice", es="aviso-legal"),
        "intro": T(
            fr=(
                "Cette page indique qui édite le Portail numérique de Martinique, qui l’héberge et comment "
                "vous pouvez réutiliser ses contenus."
            ),
            en=(
                "This page states who publishes the Portail numérique de Martinique, who hosts it and how "
                "you can reuse its content."
            ),
            es=(
                "Esta página indica quién publica el Portail numérique de Martinique, quién lo aloja y cómo "
                "puede reutilizar sus contenidos."
            ),
        ),
        "menu": False,
        "footer": True,
        "body": [
            (
                "heading",
                {
                    "text": T(fr="Éditeur", en="Publisher", es="Editor"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Le portail est édité par la Collectivité Territoriale de Martinique (CTM), Hôtel "
                        "de la Collectivité, Rue Gaston Defferre, CS 30137, 97201 Fort-de-France Cedex.</p>"
                        "<p>Contact : contact@demo.example</p>"
                        "<p><b>Directeur de la publication</b> : le Président du Conseil exécutif de "
                        "Martinique.</p>"
                    ),
                    en=(
                        "<p>The portal is published by the Collectivité Territoriale de Martinique (CTM), "
                        "Hôtel de la Collectivité, Rue Gaston Defferre, CS 30137, 97201 Fort-de-France "
                        "Cedex, France.</p>"
                        "<p>Contact: contact@demo.example</p>"
                        "<p><b>Publication director</b>: the President of the Executive Council of "
                        "Martinique.</p>"
                    ),
                    es=(
                        "<p>El portal lo publica la Collectivité Territoriale de Martinique (CTM), Hôtel de "
                        "la Collectivité, Rue Gaston Defferre, CS 30137, 97201 Fort-de-France Cedex, "
                        "Francia.</p>"
                        "<p>Contacto: contact@demo.example</p>"
                        "<p><b>Director de la publicación</b>: el Presidente del Consejo Ejecutivo de "
                        "Martinica.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(fr="Hébergement", en="Hosting", es="Alojamiento"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Ce site est une instance de démonstration : ce n’est pas encore le service "
                        "officiel. L’hébergeur sera indiqué sur cette page lors de la mise en service du "
                        "portail.</p>"
                    ),
                    en=(
                        "<p>This site is a demonstration instance, not yet the official service. The hosting "
                        "provider will be named on this page when the portal goes live.</p>"
                    ),
                    es=(
                        "<p>Este sitio es una instancia de demostración: todavía no es el servicio oficial. "
                        "El proveedor de alojamiento se indicará en esta página cuando el portal entre en "
                        "servicio.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Propriété intellectuelle",
                        en="Intellectual property",
                        es="Propiedad intelectual",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Sauf mention contraire, les textes de ce portail appartiennent à la CTM. Vous "
                        "pouvez les reproduire gratuitement, à condition de citer la source et la date, et "
                        "de ne pas en changer le sens.</p>"
                        "<p>Les logos, les marques et les images ne peuvent pas être réutilisés sans "
                        "l’autorisation écrite de leurs propriétaires.</p>"
                    ),
                    en=(
                        "<p>Unless stated otherwise, the texts on this portal belong to the CTM. You may "
                        "reproduce them free of charge, provided you cite the source and the date and do not "
                        "change their meaning.</p>"
                        "<p>Logos, trademarks and images may not be reused without the written permission of "
                        "their owners.</p>"
                    ),
                    es=(
                        "<p>Salvo que se indique lo contrario, los textos de este portal pertenecen a la "
                        "CTM. Puede reproducirlos gratuitamente, siempre que cite la fuente y la fecha y no "
                        "altere su sentido.</p>"
                        "<p>Los logotipos, las marcas y las imágenes no pueden reutilizarse sin la "
                        "autorización por escrito de sus propietarios.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(fr="Liens", en="Links", es="Enlaces"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Vous pouvez créer un lien vers une page de ce portail sans autorisation "
                        "préalable. En revanche, les pages du portail ne doivent pas être affichées à "
                        "l’intérieur d’un autre site, par exemple dans un cadre.</p>"
                        "<p>Le portail contient des liens vers d’autres sites. La CTM n’est pas responsable "
                        "de leur contenu.</p>"
                    ),
                    en=(
                        "<p>You may link to any page of this portal without prior permission. However, the "
                        "portal’s pages must not be displayed inside another website, for example in a "
                        "frame.</p>"
                        "<p>The portal contains links to other websites. The CTM is not responsible for "
                        "their content.</p>"
                    ),
                    es=(
                        "<p>Puede crear un enlace a cualquier página de este portal sin autorización previa. "
                        "En cambio, las páginas del portal no deben mostrarse dentro de otro sitio web, por "
                        "ejemplo en un marco.</p>"
                        "<p>El portal contiene enlaces a otros sitios web. La CTM no es responsable de su "
                        "contenido.</p>"
                    ),
                ),
            ),
        ],
    },
    {
        "key": "donnees-personnelles",
        "title": T(fr="Données personnelles", en="Personal data", es="Datos personales"),
        "slug": T(fr="donnees-personnelles", en="personal-data", es="datos-personales"),
        "intro": T(
            fr=(
                "Cette page explique quelles données personnelles le portail recueille, pourquoi, combien de "
                "temps il les garde et comment exercer vos droits, conformément au règlement général sur la "
                "protection des données (RGPD)."
            ),
            en=(
                "This page explains what personal data the portal collects, why, how long it keeps it and "
                "how to exercise your rights, in line with the General Data Protection Regulation (GDPR)."
            ),
            es=(
                "Esta página explica qué datos personales recoge el portal, para qué, cuánto tiempo los "
                "conserva y cómo ejercer sus derechos, de conformidad con el Reglamento General de "
                "Protección de Datos (RGPD)."
            ),
        ),
        "menu": False,
        "footer": True,
        "body": [
            (
                "heading",
                {
                    "text": T(
                        fr="Qui est responsable de vos données ?",
                        en="Who is responsible for your data?",
                        es="¿Quién es responsable de sus datos?",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Le responsable du traitement est la Collectivité Territoriale de Martinique "
                        "(CTM), Hôtel de la Collectivité, Rue Gaston Defferre, CS 30137, 97201 "
                        "Fort-de-France Cedex.</p>"
                        "<p>Vous pouvez joindre son délégué à la protection des données à l’adresse "
                        "dpo@demo.example.</p>"
                    ),
                    en=(
                        "<p>The data controller is the Collectivité Territoriale de Martinique (CTM), Hôtel "
                        "de la Collectivité, Rue Gaston Defferre, CS 30137, 97201 Fort-de-France Cedex, "
                        "France.</p>"
                        "<p>You can reach its data protection officer at dpo@demo.example.</p>"
                    ),
                    es=(
                        "<p>El responsable del tratamiento es la Collectivité Territoriale de Martinique "
                        "(CTM), Hôtel de la Collectivité, Rue Gaston Defferre, CS 30137, 97201 "
                        "Fort-de-France Cedex, Francia.</p>"
                        "<p>Puede contactar con su delegado de protección de datos en la dirección "
                        "dpo@demo.example.</p>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Quelles données, et pour quoi faire ?",
                        en="What data, and what for?",
                        es="¿Qué datos y para qué?",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<ul>"
                        "<li><b>Votre compte</b> : votre adresse e-mail et votre mot de passe, enregistré "
                        "sous une forme qui ne permet pas de le relire. Si vous l’activez, la double "
                        "authentification ajoute une clé de sécurité. Ces données servent à vous connecter "
                        "et à protéger votre compte.</li>"
                        "<li><b>Vos demandes au guichet</b> : les informations sur votre entreprise et les "
                        "coordonnées que vous nous donnez. Elles servent à transmettre votre demande au bon "
                        "partenaire et à vous accompagner.</li>"
                        "</ul>"
                        "<p>Ces traitements reposent sur la mission d’intérêt public de la CTM, qui soutient "
                        "le développement économique et numérique du territoire (article 6.1.e du RGPD).</p>"
                        "<p>Le portail n’utilise <b>aucun traceur</b> de mesure d’audience ni de publicité. "
                        "Il dépose seulement trois cookies nécessaires à son fonctionnement, qui ne "
                        "demandent pas votre accord.</p>"
                    ),
                    en=(
                        "<ul>"
                        "<li><b>Your account</b>: your e-mail address and your password, stored in a form "
                        "that cannot be read back. If you turn on two-factor authentication, a security key "
                        "is added. This data is used to sign you in and protect your account.</li>"
                        "<li><b>Your requests to the single point of contact</b>: the information about your "
                        "business and the contact details you give us. It is used to send your request to "
                        "the right partner and to support you.</li>"
                        "</ul>"
                        "<p>This processing is based on the CTM’s public-interest mission of supporting the "
                        "economic and digital development of Martinique (article 6(1)(e) of the GDPR).</p>"
                        "<p>The portal uses <b>no trackers</b> for audience measurement or advertising. It "
                        "only sets three cookies that it needs to work, which do not require your "
                        "consent.</p>"
                    ),
                    es=(
                        "<ul>"
                        "<li><b>Su cuenta</b>: su dirección de correo electrónico y su contraseña, guardada "
                        "de forma que no se puede leer. Si activa la autenticación en dos pasos, se añade "
                        "una clave de seguridad. Estos datos sirven para iniciar sesión y proteger su "
                        "cuenta.</li>"
                        "<li><b>Sus solicitudes a la ventanilla</b>: la información sobre su empresa y los "
                        "datos de contacto que nos facilita. Sirven para enviar su solicitud al socio "
                        "adecuado y para acompañarle.</li>"
                        "</ul>"
                        "<p>Estos tratamientos se basan en la misión de interés público de la CTM, que apoya "
                        "el desarrollo económico y digital del territorio (artículo 6.1.e del RGPD).</p>"
                        "<p>El portal <b>no utiliza ningún rastreador</b> de medición de audiencia ni de "
                        "publicidad. Solo instala tres cookies necesarias para su funcionamiento, que no "
                        "requieren su consentimiento.</p>"
                    ),
                ),
            ),
            (
                "table",
                {
                    "caption": T(
                        fr="Les cookies déposés par le portail",
                        en="The cookies set by the portal",
                        es="Las cookies que instala el portal",
                    ),
                    "header": [
                        T(fr="Nom", en="Name", es="Nombre"),
                        T(fr="À quoi il sert", en="Purpose", es="Para qué sirve"),
                        T(fr="Durée de vie", en="Lifetime", es="Duración"),
                    ],
                    "rows": [
                        [
                            T(fr="sessionid", en="sessionid", es="sessionid"),
                            T(
                                fr="Garder votre session ouverte quand vous êtes connecté",
                                en="Keeps you signed in",
                                es="Mantener abierta su sesión cuando está conectado",
                            ),
                            T(fr="2 semaines au plus", en="2 weeks at most", es="2 semanas como máximo"),
                        ],
                        [
                            T(fr="django_language", en="django_language", es="django_language"),
                            T(
                                fr="Retenir la langue que vous avez choisie",
                                en="Remembers the language you chose",
                                es="Recordar el idioma que ha elegido",
                            ),
                            T(
                                fr="Jusqu’à la fermeture du navigateur",
                                en="Until you close your browser",
                                es="Hasta que cierre el navegador",
                            ),
                        ],
                        [
                            T(fr="csrftoken", en="csrftoken", es="csrftoken"),
                            T(
                                fr="Protéger les formulaires contre les envois frauduleux",
                                en="Protects forms against fraudulent submissions",
                                es="Proteger los formularios contra envíos fraudulentos",
                            ),
                            T(fr="1 an", en="1 year", es="1 año"),
                        ],
                    ],
                },
            ),
            (
                "heading",
                {
                    "text": T(
                        fr="Qui reçoit vos données, et combien de temps sont-elles gardées ?",
                        en="Who receives your data, and how long is it kept?",
                        es="¿Quién recibe sus datos y cuánto tiempo se conservan?",
                    ),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Seules les personnes habilitées de la CTM ont accès à vos données. Quand vous "
                        "faites une demande au guichet, elle est aussi transmise au partenaire qui la traite "
                        ": EPCI, chambre consulaire ou autre partenaire du guichet. Vos données ne sont "
                        "jamais vendues ni utilisées pour de la publicité.</p>"
                        "<ul><li>Votre compte est supprimé après 3 ans sans connexion.</li>"
                        "<li>Vos demandes au guichet sont anonymisées 3 ans après leur clôture.</li>"
                        "</ul>"
                    ),
                    en=(
                        "<p>Only authorised CTM staff can access your data. When you make a request to the "
                        "single point of contact, it is also sent to the partner handling it: an EPCI, a "
                        "chamber or another partner of the single point of contact. Your data is never sold "
                        "or used for advertising.</p>"
                        "<ul><li>Your account is deleted after 3 years without a sign-in.</li>"
                        "<li>Your requests are anonymised 3 years after they are closed.</li>"
                        "</ul>"
                    ),
                    es=(
                        "<p>Solo el personal autorizado de la CTM tiene acceso a sus datos. Cuando hace una "
                        "solicitud en la ventanilla, esta también se envía al socio que la tramita: un EPCI, "
                        "una cámara consular u otro socio de la ventanilla. Sus datos nunca se venden ni se "
                        "utilizan con fines publicitarios.</p>"
                        "<ul><li>Su cuenta se elimina tras 3 años sin iniciar sesión.</li>"
                        "<li>Sus solicitudes se anonimizan 3 años después de su cierre.</li>"
                        "</ul>"
                    ),
                ),
            ),
            (
                "heading",
                {
                    "text": T(fr="Vos droits", en="Your rights", es="Sus derechos"),
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                T(
                    fr=(
                        "<p>Vous pouvez demander à accéder à vos données, à les corriger ou à les effacer. "
                        "Vous pouvez aussi demander à les recevoir dans un format réutilisable (portabilité) "
                        "et vous opposer à leur utilisation, dans les conditions prévues par le RGPD.</p>"
                        "<p>Pour exercer ces droits, écrivez à dpo@demo.example. Nous vous répondons dans un "
                        "délai d’un mois au plus.</p>"
                        "<p>Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une "
                        "réclamation à la Commission nationale de l’informatique et des libertés (CNIL), sur "
                        "son site cnil.fr ou par courrier.</p>"
                    ),
                    en=(
                        "<p>You can ask to access your data, correct it or erase it. You can also ask to "
                        "receive it in a reusable format (portability) and object to its use, under the "
                        "conditions set by the GDPR.</p>"
                        "<p>To exercise these rights, write to dpo@demo.example. We will reply within one "
                        "month at most.</p>"
                        "<p>If you believe your rights have not been respected, you can lodge a complaint "
                        "with the CNIL, the French data protection authority, on its website cnil.fr or by "
                        "post.</p>"
                    ),
                    es=(
                        "<p>Puede solicitar el acceso a sus datos, su rectificación o su supresión. También "
                        "puede pedir recibirlos en un formato reutilizable (portabilidad) y oponerse a su "
                        "uso, en las condiciones previstas por el RGPD.</p>"
                        "<p>Para ejercer estos derechos, escriba a dpo@demo.example. Le responderemos en el "
                        "plazo máximo de un mes.</p>"
                        "<p>Si considera que no se respetan sus derechos, puede presentar una reclamación "
                        "ante la CNIL, la autoridad francesa de protección de datos, en su sitio web cnil.fr "
                        "o por correo postal.</p>"
                    ),
                ),
            ),
        ],
    },
]
