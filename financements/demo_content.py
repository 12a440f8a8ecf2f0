"""Demo funding schemes: French source text; English and Spanish for the guide and six schemes."""

from portail.demo.text import T

FUNDERS = [
    {
        "key": "ctm",
        "name": T(
            fr="Collectivité Territoriale de Martinique",
            en="Territorial Collectivity of Martinique",
            es="Colectividad Territorial de Martinica",
        ),
        "kind": "ctm",
        "website": "",
    },
    {
        "key": "etat",
        "name": T(fr="État", en="French State", es="Estado francés"),
        "kind": "etat",
        "website": "",
    },
    {
        "key": "deets",
        "name": T(
            fr="Direction de l’économie, de l’emploi, du travail et des solidarités (DEETS)",
            en="Directorate for the Economy, Employment, Labour and Solidarity (DEETS)",
            es="Dirección de Economía, Empleo, Trabajo y Solidaridad (DEETS)",
        ),
        "kind": "etat",
        "website": "",
    },
    {
        "key": "ars-martinique",
        "name": T(
            fr="Agence régionale de santé (ARS) de Martinique",
            en="Regional Health Agency (ARS) of Martinique",
            es="Agencia Regional de Salud (ARS) de Martinica",
        ),
        "kind": "etat",
        "website": "",
    },
    {
        "key": "ademe",
        "name": T(fr="ADEME", en="ADEME", es="ADEME"),
        "kind": "etat",
        "website": "",
    },
    {
        "key": "union-europeenne",
        "name": T(fr="Union européenne", en="European Union", es="Unión Europea"),
        "kind": "europe",
        "website": "",
    },
    {
        "key": "bpifrance",
        "name": T(fr="Bpifrance", en="Bpifrance", es="Bpifrance"),
        "kind": "bpifrance",
        "website": "",
    },
    {
        "key": "banque-des-territoires",
        "name": T(fr="Banque des Territoires", en="Banque des Territoires", es="Banque des Territoires"),
        "kind": "other",
        "website": "",
    },
    {
        "key": "opco-akto",
        "name": T(fr="OPCO AKTO", en="OPCO AKTO", es="OPCO AKTO"),
        "kind": "opco",
        "website": "",
    },
    {
        "key": "opco-constructys",
        "name": T(fr="OPCO Constructys", en="OPCO Constructys", es="OPCO Constructys"),
        "kind": "opco",
        "website": "",
    },
    {
        "key": "france-travail",
        "name": T(fr="France Travail", en="France Travail", es="France Travail"),
        "kind": "france-travail",
        "website": "",
    },
    {
        "key": "cmam",
        "name": T(
            fr="Chambre de Métiers et de l’Artisanat de Martinique (CMAM)",
            en="Chamber of Trades and Crafts of Martinique (CMAM)",
            es="Cámara de Oficios y Artesanía de Martinica (CMAM)",
        ),
        "kind": "chambre",
        "website": "",
    },
    {
        "key": "reseau-entreprendre",
        "name": T(fr="Réseau Entreprendre", en="Réseau Entreprendre", es="Réseau Entreprendre"),
        "kind": "other",
        "website": "",
    },
]

GUIDE = {
    "title": T(
        fr="Guide des financements du numérique",
        en="Guide to digital funding",
        es="Guía de financiación digital",
    ),
    "intro": T(
        fr=(
            "Ce guide rassemble les aides citées dans le Schéma numérique de la Martinique et dans le "
            "rapport du CEP sur les métiers du numérique : pour vous former, pour faire entrer votre "
            "entreprise dans le numérique ou pour porter un projet. Chaque fiche vous dit pour qui est "
            "l’aide, ce qu’elle finance et à qui vous adresser. Quand un montant ou une date n’est pas "
            "connu, la fiche l’indique « à confirmer » : vérifiez toujours auprès du financeur avant de vous "
            "engager."
        ),
        en=(
            "This guide brings together the help mentioned in Martinique’s digital plan and in the CEP "
            "report on digital jobs: to train, to take your business digital or to carry out a project. Each "
            "page tells you who the help is for, what it pays for and who to ask. When an amount or a date "
            "is not known, the page says “to be confirmed”: always check with the funder before you commit."
        ),
        es=(
            "Esta guía reúne las ayudas citadas en el plan digital de Martinica y en el informe del CEP "
            "sobre los oficios digitales: para formarse, para digitalizar su empresa o para llevar a cabo un "
            "proyecto. Cada ficha le indica para quién es la ayuda, qué financia y a quién dirigirse. Cuando "
            "no se conoce un importe o una fecha, la ficha indica «por confirmar»: compruébelo siempre con "
            "el financiador antes de comprometerse."
        ),
    ),
    "body": [
        (
            "heading",
            {
                "text": T(
                    fr="Comment lire une fiche",
                    en="How to read a scheme page",
                    es="Cómo leer una ficha",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            T(
                fr=(
                    "<p>Chaque fiche présente une aide en trois points.</p><ul>"
                    "<li><b>Pour qui</b> : les personnes ou les structures qui peuvent en bénéficier.</li>"
                    "<li><b>Ce qui est financé</b> : les dépenses, la formation ou l’accompagnement pris en "
                    "charge.</li>"
                    "<li><b>Comment faire</b> : les étapes et l’interlocuteur à contacter.</li></ul>"
                    "<p>Les aides changent souvent. Ce guide n’indique un montant, un taux ou une date que "
                    "s’ils sont publiés dans le Schéma numérique ou dans le rapport du CEP. Sinon, la fiche "
                    "vous dit auprès de qui les confirmer.</p>"
                ),
                en=(
                    "<p>Each page presents a scheme in three points.</p><ul>"
                    "<li><b>Who it is for</b>: the people or organisations that can benefit.</li>"
                    "<li><b>What it pays for</b>: the costs, training or support that are covered.</li>"
                    "<li><b>How to apply</b>: the steps and the contact to ask.</li></ul>"
                    "<p>Schemes change often. This guide gives an amount, a rate or a date only when it is "
                    "published in the digital plan or in the CEP report. Otherwise, the page tells you who "
                    "to check with.</p>"
                ),
                es=(
                    "<p>Cada ficha presenta una ayuda en tres puntos.</p><ul>"
                    "<li><b>Para quién</b>: las personas o entidades que pueden beneficiarse.</li>"
                    "<li><b>Qué financia</b>: los gastos, la formación o el acompañamiento cubiertos.</li>"
                    "<li><b>Cómo solicitarla</b>: los pasos y el interlocutor al que dirigirse.</li></ul>"
                    "<p>Las ayudas cambian a menudo. Esta guía solo indica un importe, un porcentaje o una "
                    "fecha cuando están publicados en el plan digital o en el informe del CEP. Si no, la "
                    "ficha le indica con quién confirmarlos.</p>"
                ),
            ),
        ),
        (
            "heading",
            {
                "text": T(
                    fr="Quelle aide pour votre situation ?",
                    en="Which help fits your situation?",
                    es="¿Qué ayuda corresponde a su situación?",
                ),
                "level": "h2",
            },
        ),
        (
            "table",
            {
                "caption": T(
                    fr="Les aides à regarder en premier",
                    en="The schemes to look at first",
                    es="Las ayudas que conviene mirar primero",
                ),
                "header": [
                    T(fr="Votre situation", en="Your situation", es="Su situación"),
                    T(fr="Aides à regarder", en="Schemes to look at", es="Ayudas que mirar"),
                    T(fr="À qui s’adresser", en="Who to ask", es="A quién dirigirse"),
                ],
                "rows": [
                    [
                        T(
                            fr="Vous dirigez une TPE et vous voulez passer au numérique",
                            en="You run a very small business and want to go digital",
                            es="Dirige una microempresa y quiere dar el paso a lo digital",
                        ),
                        T(
                            fr=(
                                "Mofwazaj Dijital, aides de la CTM aux entreprises, passeport numérique de "
                                "la CMAM pour les artisans"
                            ),
                            en=(
                                "Mofwazaj Dijital, CTM business aid, the CMAM’s digital passport for "
                                "craftspeople"
                            ),
                            es=(
                                "Mofwazaj Dijital, ayudas de la CTM a las empresas, pasaporte digital de la "
                                "CMAM para los artesanos"
                            ),
                        ),
                        T(
                            fr="Le guichet unique, votre EPCI ou la CMAM",
                            en="The single point of contact, your EPCI or the CMAM",
                            es="La ventanilla única, su EPCI o la CMAM",
                        ),
                    ],
                    [
                        T(
                            fr="Vous devez financer un projet d’entreprise",
                            en="You need to fund a business project",
                            es="Necesita financiar un proyecto de empresa",
                        ),
                        T(
                            fr="Prêts Bpifrance, aides de la CTM aux entreprises",
                            en="Bpifrance loans, CTM business aid",
                            es="Préstamos de Bpifrance, ayudas de la CTM a las empresas",
                        ),
                        T(
                            fr="Bpifrance, ou la CTM via le guichet unique",
                            en="Bpifrance, or the CTM through the single point of contact",
                            es="Bpifrance, o la CTM a través de la ventanilla única",
                        ),
                    ],
                    [
                        T(
                            fr="Vous créez votre entreprise",
                            en="You are starting a business",
                            es="Está creando su empresa",
                        ),
                        T(
                            fr="Réseau Entreprendre, prêts Bpifrance",
                            en="Réseau Entreprendre, Bpifrance loans",
                            es="Réseau Entreprendre, préstamos de Bpifrance",
                        ),
                        T(
                            fr="Réseau Entreprendre, Bpifrance",
                            en="Réseau Entreprendre, Bpifrance",
                            es="Réseau Entreprendre, Bpifrance",
                        ),
                    ],
                    [
                        T(fr="Vous êtes salarié", en="You are an employee", es="Es asalariado"),
                        T(
                            fr="Formation financée par l’OPCO, VAE",
                            en="Training funded by the OPCO, VAE",
                            es="Formación financiada por el OPCO, VAE",
                        ),
                        T(
                            fr="Votre employeur ou l’OPCO de votre branche",
                            en="Your employer or your sector’s OPCO",
                            es="Su empleador o el OPCO de su sector",
                        ),
                    ],
                    [
                        T(fr="Vous cherchez un emploi", en="You are looking for a job", es="Busca empleo"),
                        T(fr="POE, CSP, VAE", en="POE, CSP, VAE", es="POE, CSP, VAE"),
                        T(
                            fr="Votre conseiller France Travail",
                            en="Your France Travail adviser",
                            es="Su asesor de France Travail",
                        ),
                    ],
                    [
                        T(
                            fr="Vous voulez apprendre un métier en entreprise",
                            en="You want to learn a trade in a company",
                            es="Quiere aprender un oficio en una empresa",
                        ),
                        T(fr="Apprentissage", en="Apprenticeship", es="Aprendizaje"),
                        T(
                            fr="Le centre de formation (CFA) et l’entreprise",
                            en="The training centre (CFA) and the company",
                            es="El centro de formación (CFA) y la empresa",
                        ),
                    ],
                    [
                        T(
                            fr="Vous avez un projet low-tech, de réparation ou de réemploi",
                            en="You have a low-tech, repair or reuse project",
                            es="Tiene un proyecto low-tech, de reparación o de reutilización",
                        ),
                        T(
                            fr="Appel à projets Low Tech de la CTM et de l’ADEME",
                            en="Low Tech call for projects of the CTM and ADEME",
                            es="Convocatoria Low Tech de la CTM y la ADEME",
                        ),
                        T(fr="La CTM ou l’ADEME", en="The CTM or ADEME", es="La CTM o la ADEME"),
                    ],
                    [
                        T(
                            fr=(
                                "Vous portez un projet pour une collectivité, une association ou un "
                                "établissement"
                            ),
                            en="You lead a project for a local authority, an association or an institution",
                            es="Lleva un proyecto para una administración local, una asociación o un centro",
                        ),
                        T(
                            fr=(
                                "FSE, France 2030, « Territoires intelligents et durables », « ESMS "
                                "numérique »"
                            ),
                            en=(
                                "ESF (FSE), France 2030, “Smart and sustainable territories”, “ESMS "
                                "numérique”"
                            ),
                            es="FSE, France 2030, «Territorios inteligentes y sostenibles», «ESMS numérique»",
                        ),
                        T(
                            fr="L’organisme qui publie l’appel à projets",
                            en="The body that publishes the call for projects",
                            es="El organismo que publica la convocatoria",
                        ),
                    ],
                ],
            },
        ),
        (
            "heading",
            {
                "text": T(
                    fr="Appels à projets : surveillez les dates",
                    en="Calls for projects: watch the dates",
                    es="Convocatorias: atención a las fechas",
                ),
                "level": "h2",
            },
        ),
        (
            "paragraph",
            T(
                fr=(
                    "<p>Certaines aides ne sont ouvertes que pendant une période précise : ce sont les "
                    "appels à projets. Nos sources ne donnent pas toujours leurs dates. Quand une fiche "
                    "indique que les dates sont à confirmer, renseignez-vous avant de préparer votre "
                    "dossier.</p>"
                    "<p>Le rapport du CEP recommande de suivre les appels à projets nationaux et locaux, "
                    "ainsi que les appels d’offres des OPCO, et de les faire connaître. Ce guide sera "
                    "complété au fil des publications.</p>"
                ),
                en=(
                    "<p>Some schemes are open only for a set period: these are calls for projects. Our "
                    "sources do not always give their dates. When a page says the dates are to be confirmed, "
                    "check before you prepare your application.</p>"
                    "<p>The CEP report recommends tracking national and local calls for projects, as well as "
                    "the OPCOs’ calls for tender, and making them known. This guide will be updated as new "
                    "calls are published.</p>"
                ),
                es=(
                    "<p>Algunas ayudas solo están abiertas durante un periodo concreto: son las "
                    "convocatorias de proyectos. Nuestras fuentes no siempre indican sus fechas. Cuando una "
                    "ficha indica que las fechas están por confirmar, infórmese antes de preparar su "
                    "expediente.</p>"
                    "<p>El informe del CEP recomienda seguir las convocatorias nacionales y locales, así "
                    "como las licitaciones de los OPCO, y darlas a conocer. Esta guía se completará a medida "
                    "que se publiquen.</p>"
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
                            fr="Pourquoi le montant de l’aide n’est-il pas indiqué ?",
                            en="Why is the amount of the help not shown?",
                            es="¿Por qué no se indica el importe de la ayuda?",
                        ),
                        "answer": T(
                            fr=(
                                "<p>Nous n’indiquons un montant ou un taux que s’il est publié dans le "
                                "Schéma numérique de la Martinique ou dans le rapport du CEP. Pour la "
                                "plupart des aides, ces documents ne donnent pas de montant : il faut le "
                                "confirmer auprès du financeur.</p>"
                            ),
                            en=(
                                "<p>We give an amount or a rate only when it is published in Martinique’s "
                                "digital plan or in the CEP report. For most schemes, these documents give "
                                "no amount, so you need to confirm it with the funder.</p>"
                            ),
                            es=(
                                "<p>Solo indicamos un importe o un porcentaje cuando está publicado en el "
                                "plan digital de Martinica o en el informe del CEP. Para la mayoría de las "
                                "ayudas, estos documentos no indican ningún importe: hay que confirmarlo con "
                                "el financiador.</p>"
                            ),
                        ),
                    },
                    {
                        "question": T(
                            fr="Puis-je cumuler plusieurs aides ?",
                            en="Can I combine several schemes?",
                            es="¿Puedo combinar varias ayudas?",
                        ),
                        "answer": T(
                            fr=(
                                "<p>Cela dépend des aides, et nos sources ne le précisent pas. Posez la "
                                "question au financeur ou au guichet unique avant de déposer vos "
                                "dossiers.</p>"
                            ),
                            en=(
                                "<p>It depends on the schemes, and our sources do not say. Ask the funder or "
                                "the single point of contact before you submit your applications.</p>"
                            ),
                            es=(
                                "<p>Depende de las ayudas, y nuestras fuentes no lo precisan. Pregunte al "
                                "financiador o a la ventanilla única antes de presentar sus expedientes.</p>"
                            ),
                        ),
                    },
                    {
                        "question": T(
                            fr="Qui peut m’aider à monter mon dossier ?",
                            en="Who can help me prepare my application?",
                            es="¿Quién puede ayudarme a preparar mi expediente?",
                        ),
                        "answer": T(
                            fr=(
                                "<p>Si vous dirigez une entreprise, le guichet unique vous oriente vers le "
                                "bon partenaire. L’aide au montage des dossiers de subvention fait partie "
                                "des services prévus par le Schéma numérique.</p>"
                                "<p>Pour une formation, adressez-vous d’abord à France Travail si vous "
                                "cherchez un emploi, à votre employeur si vous êtes salarié, ou au centre de "
                                "formation.</p>"
                            ),
                            en=(
                                "<p>If you run a business, the single point of contact directs you to the "
                                "right partner. Help with grant applications is one of the services planned "
                                "in the digital plan.</p>"
                                "<p>For training, first ask France Travail if you are looking for a job, "
                                "your employer if you are an employee, or the training centre.</p>"
                            ),
                            es=(
                                "<p>Si dirige una empresa, la ventanilla única le orienta hacia el socio "
                                "adecuado. La ayuda para preparar las solicitudes de subvención forma parte "
                                "de los servicios previstos en el plan digital.</p>"
                                "<p>Para una formación, diríjase primero a France Travail si busca empleo, a "
                                "su empleador si es asalariado, o al centro de formación.</p>"
                            ),
                        ),
                    },
                    {
                        "question": T(
                            fr="Pourquoi les fonds européens prennent-ils du temps ?",
                            en="Why do European funds take time?",
                            es="¿Por qué tardan los fondos europeos?",
                        ),
                        "answer": T(
                            fr=(
                                "<p>Le rapport du CEP le constate : les dossiers de fonds européens, "
                                "notamment du FSE, sont longs à traiter, tout comme les avances et les "
                                "paiements. Déposez votre dossier tôt et prévoyez votre trésorerie.</p>"
                            ),
                            en=(
                                "<p>The CEP report notes it: applications for European funds, especially the "
                                "ESF (FSE), take a long time to process, and so do advances and payments. "
                                "Apply early and plan your cash flow.</p>"
                            ),
                            es=(
                                "<p>El informe del CEP lo constata: los expedientes de fondos europeos, "
                                "sobre todo del FSE, tardan en tramitarse, al igual que los anticipos y los "
                                "pagos. Presente su expediente pronto y prevea su tesorería.</p>"
                            ),
                        ),
                    },
                ],
            },
        ),
    ],
}

SCHEMES = [
    # Translated schemes: French, English and Spanish.
    {
        "key": "mofwazaj-dijital",
        "translated": True,
        "title": T(
            fr="Mofwazaj Dijital : accompagnement numérique des TPE",
            en="Mofwazaj Dijital: digital support for very small businesses",
            es="Mofwazaj Dijital: acompañamiento digital de microempresas",
        ),
        "slug": T(fr="mofwazaj-dijital", en="mofwazaj-dijital", es="mofwazaj-dijital"),
        "summary": T(
            fr=(
                "Un programme de la CTM pour aider les très petites entreprises (TPE) à passer au numérique. "
                "Des cabinets de conseil locaux choisis par la CTM vous accompagnent. L’accompagnement est "
                "financé à 100 % par la CTM."
            ),
            en=(
                "A CTM programme that helps very small businesses go digital. Local consulting firms chosen "
                "by the CTM support you. The support is 100% funded by the CTM."
            ),
            es=(
                "Un programa de la CTM para ayudar a las microempresas a dar el paso a lo digital. "
                "Consultoras locales elegidas por la CTM le acompañan. El acompañamiento está financiado al "
                "100 % por la CTM."
            ),
        ),
        "funders": ["ctm"],
        "help_kinds": ["accompagnement"],
        "beneficiaries": ["tpe"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["transformation-numerique", "conseil"],
        "headcount_min": None,
        "headcount_max": 9,
        "amount_min": None,
        "amount_max": None,
        "rate": 100,
        "amount_text": T(
            fr="Accompagnement financé à 100 % par la CTM.",
            en="Support 100% funded by the CTM.",
            es="Acompañamiento financiado al 100 % por la CTM.",
        ),
        "eligibility": T(
            fr=(
                "<p>Ce programme s’adresse aux très petites entreprises (TPE) de Martinique, de tous les "
                "secteurs. Les agriculteurs et les structures de l’économie sociale et solidaire (ESS) font "
                "partie des publics visés.</p>"
                "<p>Les conditions précises de chaque vague sont à confirmer auprès de la CTM.</p>"
            ),
            en=(
                "<p>This programme is for very small businesses in Martinique, in every sector. Farmers and "
                "social and solidarity economy (ESS) organisations are among the target groups.</p>"
                "<p>The exact conditions of each round are to be confirmed with the CTM.</p>"
            ),
            es=(
                "<p>Este programa se dirige a las microempresas de Martinica, de todos los sectores. Los "
                "agricultores y las entidades de la economía social y solidaria (ESS) forman parte del "
                "público destinatario.</p>"
                "<p>Las condiciones exactas de cada convocatoria deben confirmarse con la CTM.</p>"
            ),
        ),
        "eligible_expenses": T(
            fr=(
                "<ul>"
                "<li>L’accompagnement de votre entreprise par l’un des cinq cabinets de conseil locaux "
                "retenus par la CTM.</li>"
                "<li>Selon les vagues, l’accompagnement par les équipes de votre intercommunalité "
                "(EPCI).</li></ul>"
            ),
            en=(
                "<ul>"
                "<li>Support for your business from one of the five local consulting firms selected by the "
                "CTM.</li>"
                "<li>Depending on the round, support from the teams of your EPCI (grouping of towns).</li>"
                "</ul>"
            ),
            es=(
                "<ul>"
                "<li>El acompañamiento de su empresa por una de las cinco consultoras locales seleccionadas "
                "por la CTM.</li>"
                "<li>Según la convocatoria, el acompañamiento por los equipos de su EPCI (agrupación de "
                "municipios).</li></ul>"
            ),
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Faites une demande au guichet unique du portail, ou contactez votre EPCI.</li>"
                "<li>Votre demande est transmise à la CTM ou à votre EPCI, qui vous dit si une vague "
                "d’accompagnement est ouverte.</li>"
                "<li>Un conseiller fait le point avec vous sur vos besoins, puis vous accompagne dans votre "
                "passage au numérique.</li></ol>"
            ),
            en=(
                "<ol>"
                "<li>Make a request through the portal’s single point of contact, or contact your EPCI.</li>"
                "<li>Your request goes to the CTM or your EPCI, which tells you whether a support round is "
                "open.</li>"
                "<li>An adviser reviews your needs with you, then supports you as you take your business "
                "digital.</li></ol>"
            ),
            es=(
                "<ol>"
                "<li>Haga una solicitud en la ventanilla única del portal o contacte con su EPCI.</li>"
                "<li>Su solicitud se envía a la CTM o a su EPCI, que le indica si hay una convocatoria de "
                "acompañamiento abierta.</li>"
                "<li>Un asesor analiza con usted sus necesidades y luego le acompaña en su paso a lo "
                "digital.</li></ol>"
            ),
        ),
        "documents": T(
            fr=(
                "<ul>"
                "<li>Votre numéro SIRET.</li>"
                "<li>Quelques lignes sur votre activité et sur ce que vous voulez faire avec le "
                "numérique.</li>"
                "<li>La liste exacte des pièces est à confirmer auprès de la CTM.</li></ul>"
            ),
            en=(
                "<ul>"
                "<li>Your SIRET number (business registration number).</li>"
                "<li>A few lines about your business and what you want to do with digital tools.</li>"
                "<li>The exact list of documents is to be confirmed with the CTM.</li></ul>"
            ),
            es=(
                "<ul>"
                "<li>Su número SIRET (número de registro de la empresa).</li>"
                "<li>Unas líneas sobre su actividad y sobre lo que quiere hacer con las herramientas "
                "digitales.</li>"
                "<li>La lista exacta de documentos debe confirmarse con la CTM.</li></ul>"
            ),
        ),
        "contact": T(
            fr="La CTM ou votre EPCI, via le guichet unique",
            en="The CTM or your EPCI, through the single point of contact",
            es="La CTM o su EPCI, a través de la ventanilla única",
        ),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §1 key figures « AAP Mofwazaj Dijital (CTM) » (5 local "
            "consulting firms, funded 100 % by the CTM); §4 table « AAP Mofwazaj Dijital / Mofwajaz Digital "
            "» (TPE incl. agriculture and ESS; vague 1 consultants, vague 2 EPCI staff); §6.2 A6.4 (continue "
            "vague 2, 2024+). No dates, amounts or document list in the sources; headcount_max 9 = TPE-only "
            "scheme."
        ),
    },
    {
        "key": "prets-bpifrance",
        "translated": True,
        "title": T(
            fr="Prêts Bpifrance pour vos projets numériques",
            en="Bpifrance loans for your digital projects",
            es="Préstamos de Bpifrance para sus proyectos digitales",
        ),
        "slug": T(fr="prets-bpifrance", en="bpifrance-loans", es="prestamos-bpifrance"),
        "summary": T(
            fr=(
                "Bpifrance prête de l’argent aux entreprises pour leurs projets. Le rapport du CEP cite les "
                "prêts Bpifrance parmi les financements disponibles pour les projets numériques en "
                "Martinique."
            ),
            en=(
                "Bpifrance lends money to businesses for their projects. The CEP report lists Bpifrance "
                "loans among the funding available for digital projects in Martinique."
            ),
            es=(
                "Bpifrance presta dinero a las empresas para sus proyectos. El informe del CEP cita los "
                "préstamos de Bpifrance entre la financiación disponible para los proyectos digitales en "
                "Martinica."
            ),
        ),
        "funders": ["bpifrance"],
        "help_kinds": ["pret"],
        "beneficiaries": ["tpe", "pme"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["transformation-numerique"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(
            fr="Montant, durée et conditions du prêt à confirmer auprès de Bpifrance.",
            en="Loan amount, term and conditions to be confirmed with Bpifrance.",
            es="Importe, duración y condiciones del préstamo: deben confirmarse con Bpifrance.",
        ),
        "eligibility": T(
            fr=(
                "<p>Entreprises de Martinique qui ont un projet numérique.</p>"
                "<p>Les conditions d’accès (ancienneté, taille, chiffre d’affaires, garanties) sont à "
                "confirmer auprès de Bpifrance.</p>"
            ),
            en=(
                "<p>Businesses in Martinique with a digital project.</p>"
                "<p>The conditions (company age, size, turnover, guarantees) are to be confirmed with "
                "Bpifrance.</p>"
            ),
            es=(
                "<p>Empresas de Martinica con un proyecto digital.</p>"
                "<p>Las condiciones de acceso (antigüedad, tamaño, volumen de negocio, garantías) deben "
                "confirmarse con Bpifrance.</p>"
            ),
        ),
        "eligible_expenses": T(
            fr=(
                "<p>Les dépenses de votre projet numérique. Le détail est à confirmer auprès de "
                "Bpifrance.</p>"
            ),
            en="<p>The costs of your digital project. The details are to be confirmed with Bpifrance.</p>",
            es="<p>Los gastos de su proyecto digital. El detalle debe confirmarse con Bpifrance.</p>",
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Décrivez votre projet et estimez son coût. Demandez des devis.</li>"
                "<li>Prenez contact avec Bpifrance pour savoir quel prêt correspond à votre projet.</li>"
                "<li>Si vous avez besoin d’aide pour préparer votre dossier, faites une demande au guichet "
                "unique.</li></ol>"
            ),
            en=(
                "<ol>"
                "<li>Describe your project and estimate its cost. Ask for quotes.</li>"
                "<li>Contact Bpifrance to find out which loan suits your project.</li>"
                "<li>If you need help preparing your application, make a request through the single point of "
                "contact.</li></ol>"
            ),
            es=(
                "<ol>"
                "<li>Describa su proyecto y calcule su coste. Pida presupuestos.</li>"
                "<li>Póngase en contacto con Bpifrance para saber qué préstamo se adapta a su proyecto.</li>"
                "<li>Si necesita ayuda para preparar su expediente, haga una solicitud en la ventanilla "
                "única.</li></ol>"
            ),
        ),
        "documents": T(
            fr=(
                "<ul>"
                "<li>Votre numéro SIRET.</li>"
                "<li>Vos derniers comptes, si vous en avez.</li>"
                "<li>Les devis liés à votre projet.</li>"
                "<li>La liste exacte des pièces est à confirmer auprès de Bpifrance.</li></ul>"
            ),
            en=(
                "<ul>"
                "<li>Your SIRET number (business registration number).</li>"
                "<li>Your latest accounts, if you have them.</li>"
                "<li>Quotes for your project.</li>"
                "<li>The exact list of documents is to be confirmed with Bpifrance.</li></ul>"
            ),
            es=(
                "<ul>"
                "<li>Su número SIRET (número de registro de la empresa).</li>"
                "<li>Sus últimas cuentas, si las tiene.</li>"
                "<li>Los presupuestos de su proyecto.</li>"
                "<li>La lista exacta de documentos debe confirmarse con Bpifrance.</li></ul>"
            ),
        ),
        "contact": T(fr="Bpifrance", en="Bpifrance", es="Bpifrance"),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 « Section 8.8 » quote « Fonds européens, Contrat de "
            "Convergence et de Transformation, Plan France 2030, prêts BPI France… » and table row « Prêts "
            "BPI France » (digital projects; companies implied). No amount, rate, term or eligibility rule "
            "in the sources."
        ),
    },
    {
        "key": "formation-salaries-opco",
        "translated": True,
        "title": T(
            fr="Formation des salariés financée par l’OPCO",
            en="Employee training funded by the OPCO",
            es="Formación de los asalariados financiada por el OPCO",
        ),
        "slug": T(fr="formation-salaries-opco", en="employee-training-opco", es="formacion-asalariados-opco"),
        "summary": T(
            fr=(
                "Les opérateurs de compétences (OPCO) aident les entreprises à financer la formation de "
                "leurs salariés. En Martinique, le rapport du CEP cite l’OPCO AKTO et l’OPCO Constructys."
            ),
            en=(
                "Skills operators (OPCO) help businesses pay for their employees’ training. In Martinique, "
                "the CEP report mentions the OPCO AKTO and the OPCO Constructys."
            ),
            es=(
                "Los operadores de competencias (OPCO) ayudan a las empresas a financiar la formación de sus "
                "asalariados. En Martinica, el informe del CEP cita el OPCO AKTO y el OPCO Constructys."
            ),
        ),
        "funders": ["opco-akto", "opco-constructys"],
        "help_kinds": ["prise-en-charge-formation"],
        "beneficiaries": ["salarie", "tpe", "pme"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["formation"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(
            fr="Prise en charge à confirmer auprès de votre OPCO.",
            en="Funding to be confirmed with your OPCO.",
            es="Financiación: debe confirmarse con su OPCO.",
        ),
        "eligibility": T(
            fr=(
                "<p>Les entreprises et leurs salariés. Votre OPCO dépend de la convention collective de "
                "votre entreprise : votre employeur ou votre service des ressources humaines peut vous dire "
                "lequel.</p>"
                "<p>Le rapport du CEP propose que les OPCO préparent ensemble des formations au numérique "
                "pour les métiers traditionnels, par exemple dans la construction avec Constructys.</p>"
            ),
            en=(
                "<p>Businesses and their employees. Your OPCO depends on your company’s collective "
                "agreement: your employer or your human resources department can tell you which one it "
                "is.</p>"
                "<p>The CEP report proposes that the OPCOs jointly prepare digital training for traditional "
                "trades, for example in construction with Constructys.</p>"
            ),
            es=(
                "<p>Las empresas y sus asalariados. Su OPCO depende del convenio colectivo de su empresa: su "
                "empleador o su departamento de recursos humanos puede decirle cuál es.</p>"
                "<p>El informe del CEP propone que los OPCO preparen juntos formaciones digitales para los "
                "oficios tradicionales, por ejemplo en la construcción con Constructys.</p>"
            ),
        ),
        "eligible_expenses": T(
            fr=(
                "<ul>"
                "<li>Des formations pour les salariés, par exemple pour ajouter des compétences numériques à "
                "leur métier.</li>"
                "<li>Le rapport du CEP prévoit aussi de travailler avec les OPCO sur la formation de "
                "référents en intelligence artificielle et sur la formation des tuteurs.</li></ul>"
            ),
            en=(
                "<ul>"
                "<li>Training for employees, for example to add digital skills to their trade.</li>"
                "<li>The CEP report also plans to work with the OPCOs on training artificial intelligence "
                "leads and tutors.</li></ul>"
            ),
            es=(
                "<ul>"
                "<li>Formaciones para los asalariados, por ejemplo para añadir competencias digitales a su "
                "oficio.</li>"
                "<li>El informe del CEP también prevé trabajar con los OPCO en la formación de referentes de "
                "inteligencia artificial y de tutores.</li></ul>"
            ),
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Choisissez la formation avec votre employeur, ou avec vos salariés si vous dirigez "
                "l’entreprise.</li>"
                "<li>L’entreprise vérifie auprès de son OPCO si la formation peut être prise en charge, et à "
                "quelles conditions.</li>"
                "<li>L’entreprise fait la demande de prise en charge auprès de l’OPCO.</li></ol>"
            ),
            en=(
                "<ol>"
                "<li>Choose the training with your employer, or with your employees if you run the "
                "business.</li>"
                "<li>The company checks with its OPCO whether the training can be funded, and on what "
                "conditions.</li>"
                "<li>The company applies to the OPCO for funding.</li></ol>"
            ),
            es=(
                "<ol>"
                "<li>Elija la formación con su empleador, o con sus asalariados si dirige la empresa.</li>"
                "<li>La empresa consulta con su OPCO si la formación puede financiarse y en qué "
                "condiciones.</li>"
                "<li>La empresa solicita la financiación al OPCO.</li></ol>"
            ),
        ),
        "documents": None,
        "contact": T(
            fr="L’OPCO de la branche, par exemple AKTO ou Constructys",
            en="The sector’s OPCO, for example AKTO or Constructys",
            es="El OPCO del sector, por ejemplo AKTO o Constructys",
        ),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 table « OPCOs (named: OPCO AKTO, OPCO Constructys) » (A2.3 "
            "joint specifications, e.g. digital training in construction; A4.1.2 référents IA; A6.1; A6.2 "
            "tutorat); §5 « OPCOs: AKTO and Constructys (Antilles-Guyane) ». reference-systems.md: OPCO "
            "derived from the company's IDCC (collective agreement). No amounts or rates in the sources."
        ),
    },
    {
        "key": "poe",
        "translated": True,
        "title": T(
            fr="Préparation opérationnelle à l’emploi (POE)",
            en="Pre-employment training (POE)",
            es="Preparación operativa para el empleo (POE)",
        ),
        "slug": T(
            fr="preparation-operationnelle-emploi-poe",
            en="pre-employment-training-poe",
            es="preparacion-operativa-empleo-poe",
        ),
        "summary": T(
            fr=(
                "Vous cherchez un emploi ? Avec la POE, France Travail peut financer la formation qui vous "
                "prépare à un poste, quand une entreprise prévoit de vous embaucher. Le rapport du CEP la "
                "cite pour se reconvertir vers les métiers du numérique qui recrutent."
            ),
            en=(
                "Looking for a job? With the POE, France Travail can fund the training that prepares you for "
                "a job when a company plans to hire you. The CEP report mentions it as a way to retrain for "
                "digital jobs that are hiring."
            ),
            es=(
                "¿Busca empleo? Con la POE, France Travail puede financiar la formación que le prepara para "
                "un puesto cuando una empresa tiene previsto contratarle. El informe del CEP la cita para "
                "reconvertirse hacia los oficios digitales que contratan."
            ),
        ),
        "funders": ["france-travail"],
        "help_kinds": ["prise-en-charge-formation"],
        "beneficiaries": ["demandeur-emploi"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["formation", "recrutement"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(
            fr="Formation financée : conditions à confirmer auprès de France Travail.",
            en="Funded training: conditions to be confirmed with France Travail.",
            es="Formación financiada: condiciones que deben confirmarse con France Travail.",
        ),
        "eligibility": T(
            fr=(
                "<p>Vous êtes demandeur d’emploi.</p>"
                "<p>Le rapport du CEP prévoit des parcours de formation certifiants compatibles avec la POE, "
                "vers les métiers du numérique qui recrutent ou qui manquent de candidats, par exemple dans "
                "la fibre optique.</p>"
                "<p>Les autres conditions sont à confirmer auprès de votre conseiller France Travail.</p>"
            ),
            en=(
                "<p>You are a jobseeker.</p>"
                "<p>The CEP report plans certified training paths compatible with the POE, towards digital "
                "jobs that are hiring or short of candidates, for example in fibre optics.</p>"
                "<p>The other conditions are to be confirmed with your France Travail adviser.</p>"
            ),
            es=(
                "<p>Usted busca empleo.</p>"
                "<p>El informe del CEP prevé itinerarios de formación certificados compatibles con la POE, "
                "hacia oficios digitales que contratan o que tienen escasez de candidatos, por ejemplo en la "
                "fibra óptica.</p>"
                "<p>Las demás condiciones deben confirmarse con su asesor de France Travail.</p>"
            ),
        ),
        "eligible_expenses": T(
            fr="<ul><li>La formation qui vous prépare au poste.</li></ul>",
            en="<ul><li>The training that prepares you for the job.</li></ul>",
            es="<ul><li>La formación que le prepara para el puesto.</li></ul>",
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Parlez de votre projet à votre conseiller France Travail.</li>"
                "<li>Quand une entreprise prévoit de vous embaucher, votre conseiller étudie avec elle la "
                "formation dont vous avez besoin.</li>"
                "<li>Si la formation est acceptée, vous la suivez avant votre embauche.</li></ol>"
            ),
            en=(
                "<ol>"
                "<li>Talk to your France Travail adviser about your plans.</li>"
                "<li>When a company plans to hire you, your adviser works out with it the training you "
                "need.</li>"
                "<li>If the training is approved, you take it before you are hired.</li></ol>"
            ),
            es=(
                "<ol>"
                "<li>Hable de su proyecto con su asesor de France Travail.</li>"
                "<li>Cuando una empresa tiene previsto contratarle, su asesor estudia con ella la formación "
                "que necesita.</li>"
                "<li>Si se aprueba la formación, la sigue antes de su contratación.</li></ol>"
            ),
        ),
        "documents": None,
        "contact": T(
            fr="Votre conseiller France Travail",
            en="Your France Travail adviser",
            es="Su asesor de France Travail",
        ),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 table « POE (Préparation opérationnelle à l'emploi) and CSP » "
            "(certifying reconversion paths towards métiers porteurs / en tension, for demandeurs d'emploi); "
            "§6.2 A2.1 (porteurs France Travail and DEETS) and A4.4.1 (fibre: tireurs de câble, "
            "raccordeurs). « before a hiring » as already stated on the financements page. No amounts in the "
            "sources."
        ),
    },
    {
        "key": "apprentissage",
        "translated": True,
        "title": T(
            fr="Apprentissage : se former en entreprise",
            en="Apprenticeship: train in a company",
            es="Aprendizaje: formarse en una empresa",
        ),
        "slug": T(fr="apprentissage", en="apprenticeship", es="aprendizaje"),
        "summary": T(
            fr=(
                "Vous partagez votre temps entre un centre de formation (CFA) et une entreprise. Vous signez "
                "un contrat de travail, vous recevez un salaire et votre formation est prise en charge. En "
                "Martinique, beaucoup de formations au numérique se font ainsi."
            ),
            en=(
                "You split your time between a training centre (CFA) and a company. You sign an employment "
                "contract, you receive a salary and your training is paid for. In Martinique, many digital "
                "courses work this way."
            ),
            es=(
                "Reparte su tiempo entre un centro de formación (CFA) y una empresa. Firma un contrato de "
                "trabajo, recibe un salario y su formación está financiada. En Martinica, muchas formaciones "
                "digitales funcionan así."
            ),
        ),
        "funders": ["etat"],
        "help_kinds": ["prise-en-charge-formation"],
        "beneficiaries": ["jeune", "tpe", "pme"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["formation", "recrutement"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(
            fr="Formation prise en charge ; montant du salaire à confirmer auprès du CFA.",
            en="Training paid for; salary amount to be confirmed with the CFA.",
            es="Formación financiada; importe del salario: debe confirmarse con el CFA.",
        ),
        "eligibility": T(
            fr=(
                "<p><b>Pour vous former</b> : il vous faut une entreprise qui vous accueille et un centre de "
                "formation qui propose la formation en apprentissage. Les conditions d’âge et de niveau sont "
                "à confirmer auprès du CFA.</p>"
                "<p><b>Pour les entreprises</b> : vous pouvez accueillir un apprenti et le former à votre "
                "métier. Le rapport du CEP encourage les entreprises à s’engager tôt à accueillir des "
                "apprentis, pour que les formations ouvertes soient remplies.</p>"
            ),
            en=(
                "<p><b>To train</b>: you need a company that takes you on and a training centre that offers "
                "the course as an apprenticeship. Age and level requirements are to be confirmed with the "
                "CFA.</p>"
                "<p><b>For businesses</b>: you can take on an apprentice and train them in your trade. The "
                "CEP report encourages businesses to commit early to taking on apprentices, so that the "
                "courses that open are filled.</p>"
            ),
            es=(
                "<p><b>Para formarse</b>: necesita una empresa que le acoja y un centro de formación que "
                "ofrezca la formación en aprendizaje. Las condiciones de edad y de nivel deben confirmarse "
                "con el CFA.</p>"
                "<p><b>Para las empresas</b>: puede acoger a un aprendiz y formarle en su oficio. El informe "
                "del CEP anima a las empresas a comprometerse pronto a acoger aprendices, para que las "
                "formaciones que se abren se llenen.</p>"
            ),
        ),
        "eligible_expenses": T(
            fr="<ul><li>La formation de l’apprenti au centre de formation.</li></ul>",
            en="<ul><li>The apprentice’s training at the training centre.</li></ul>",
            es="<ul><li>La formación del aprendiz en el centro de formación.</li></ul>",
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Choisissez une formation en apprentissage, par exemple au CFA Skillfor de la CCI "
                "Martinique, au CFA BTP de l’AMEP ou au CFA académique.</li>"
                "<li>Cherchez tôt une entreprise qui vous accueille.</li>"
                "<li>Signez votre contrat d’apprentissage avec l’entreprise, puis commencez la "
                "formation.</li></ol>"
            ),
            en=(
                "<ol>"
                "<li>Choose an apprenticeship course, for example at the CCI Martinique’s CFA Skillfor, at "
                "AMEP’s CFA BTP or at the CFA académique.</li>"
                "<li>Start looking early for a company that will take you on.</li>"
                "<li>Sign your apprenticeship contract with the company, then start the course.</li></ol>"
            ),
            es=(
                "<ol>"
                "<li>Elija una formación en aprendizaje, por ejemplo en el CFA Skillfor de la CCI "
                "Martinique, en el CFA BTP de la AMEP o en el CFA académique.</li>"
                "<li>Busque pronto una empresa que le acoja.</li>"
                "<li>Firme su contrato de aprendizaje con la empresa y empiece la formación.</li></ol>"
            ),
        ),
        "documents": None,
        "contact": T(
            fr="Le centre de formation (CFA) et l’entreprise",
            en="The training centre (CFA) and the company",
            es="El centro de formación (CFA) y la empresa",
        ),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 table « National apprenticeship financing » (§5.1, §8.3); "
            "§3.1 « Apprenticeship is favoured »; §3.3 CFA named (CCIM CFA Skillfor, AMEP CFA BTP, CFA "
            "académique); §6.2 A2.2 (firms pre-committing to take apprentices). No salary, age or amount in "
            "the sources."
        ),
    },
    {
        "key": "vae",
        "translated": True,
        "title": T(
            fr="Validation des acquis de l’expérience (VAE)",
            en="Accreditation of prior experience (VAE)",
            es="Validación de la experiencia adquirida (VAE)",
        ),
        "slug": T(
            fr="validation-acquis-experience-vae",
            en="accreditation-prior-experience-vae",
            es="validacion-experiencia-adquirida-vae",
        ),
        "summary": T(
            fr=(
                "La VAE permet d’obtenir tout ou partie d’un diplôme grâce à ce que vous avez appris en "
                "travaillant. Le rapport du CEP recommande de la faire mieux connaître, en particulier aux "
                "personnes éloignées de l’emploi."
            ),
            en=(
                "The VAE lets you obtain all or part of a diploma based on what you have learned at work. "
                "The CEP report recommends making it better known, especially to people far from employment."
            ),
            es=(
                "La VAE permite obtener todo o parte de un título gracias a lo que ha aprendido trabajando. "
                "El informe del CEP recomienda darla a conocer mejor, sobre todo entre las personas alejadas "
                "del empleo."
            ),
        ),
        "funders": ["france-travail", "deets"],
        "help_kinds": ["accompagnement"],
        "beneficiaries": ["demandeur-emploi", "salarie"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["formation"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(
            fr="Financement de la démarche à confirmer auprès de France Travail ou de votre OPCO.",
            en="Funding for the process to be confirmed with France Travail or your OPCO.",
            es="Financiación del proceso: debe confirmarse con France Travail o con su OPCO.",
        ),
        "eligibility": T(
            fr=(
                "<p>Vous avez de l’expérience dans un métier, comme salarié ou comme demandeur d’emploi, et "
                "vous voulez la faire reconnaître par un diplôme ou une certification.</p>"
                "<p>Les conditions précises sont à confirmer auprès de France Travail ou de l’organisme qui "
                "délivre le diplôme.</p>"
            ),
            en=(
                "<p>You have experience in a trade, as an employee or as a jobseeker, and you want it "
                "recognised with a diploma or a certification.</p>"
                "<p>The exact conditions are to be confirmed with France Travail or with the body that "
                "awards the diploma.</p>"
            ),
            es=(
                "<p>Tiene experiencia en un oficio, como asalariado o como persona que busca empleo, y "
                "quiere que se reconozca con un título o una certificación.</p>"
                "<p>Las condiciones exactas deben confirmarse con France Travail o con el organismo que "
                "expide el título.</p>"
            ),
        ),
        "eligible_expenses": None,
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Faites la liste de vos expériences et des tâches que vous savez faire.</li>"
                "<li>Parlez de votre projet de VAE à votre conseiller France Travail ou à votre "
                "employeur.</li>"
                "<li>Choisissez le diplôme ou la certification qui correspond à votre expérience, puis "
                "suivez la démarche indiquée par l’organisme qui le délivre.</li></ol>"
            ),
            en=(
                "<ol>"
                "<li>List your experience and the tasks you know how to do.</li>"
                "<li>Talk about your VAE plans with your France Travail adviser or your employer.</li>"
                "<li>Choose the diploma or certification that matches your experience, then follow the steps "
                "set by the body that awards it.</li></ol>"
            ),
            es=(
                "<ol>"
                "<li>Haga una lista de sus experiencias y de las tareas que sabe hacer.</li>"
                "<li>Hable de su proyecto de VAE con su asesor de France Travail o con su empleador.</li>"
                "<li>Elija el título o la certificación que corresponde a su experiencia y siga los pasos "
                "que indique el organismo que lo expide.</li></ol>"
            ),
        ),
        "documents": None,
        "contact": T(
            fr="Votre conseiller France Travail ou votre employeur",
            en="Your France Travail adviser or your employer",
            es="Su asesor de France Travail o su empleador",
        ),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 table « VAE and certifications » (promotion to people far "
            "from employment; cadres and DE with experience); §6.2 A2.1 (porteurs France Travail and DEETS) "
            "and A4.1.1; « Donneurs d'ordre of training: CTM, DEETS, France Travail, OPCOs ». Who pays for a "
            "VAE is not in the sources."
        ),
    },
    # French-only schemes: en and es are None (except the slug).
    {
        "key": "csp",
        "translated": False,
        "title": T(fr="Contrat de sécurisation professionnelle (CSP)", en=None, es=None),
        "slug": T(
            fr="contrat-securisation-professionnelle-csp",
            en="contrat-securisation-professionnelle-csp",
            es="contrat-securisation-professionnelle-csp",
        ),
        "summary": T(
            fr=(
                "Si vous avez été licencié pour motif économique, le CSP peut financer une formation pour "
                "vous reconvertir. Le rapport du CEP le cite pour aller vers les métiers du numérique qui "
                "recrutent."
            ),
            en=None,
            es=None,
        ),
        "funders": ["france-travail"],
        "help_kinds": ["prise-en-charge-formation"],
        "beneficiaries": ["demandeur-emploi", "salarie"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["formation"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Conditions à confirmer auprès de France Travail.", en=None, es=None),
        "eligibility": T(
            fr=(
                "<p>Salariés licenciés pour motif économique.</p>"
                "<p>Le rapport du CEP propose aussi de présenter les possibilités de reconversion aux "
                "salariés avant un plan de sauvegarde de l’emploi (PSE).</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": T(
            fr=(
                "<ul>"
                "<li>Une formation certifiante vers un métier qui recrute, par exemple dans le "
                "numérique.</li></ul>"
            ),
            en=None,
            es=None,
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Demandez à votre employeur ou à France Travail si le CSP vous concerne.</li>"
                "<li>Avec votre conseiller France Travail, choisissez une formation vers un métier qui "
                "recrute.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="Votre conseiller France Travail", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 table « POE … and CSP (Contrat de sécurisation "
            "professionnelle) » (certifying reconversion paths; salariés whose jobs are declining) and « PSE "
            "» row; §6.2 A2.1. « licenciés pour motif économique » as already stated on the financements "
            "page. No amounts."
        ),
    },
    {
        "key": "fse",
        "translated": False,
        "title": T(fr="Fonds social européen (FSE)", en=None, es=None),
        "slug": T(
            fr="fonds-social-europeen-fse",
            en="fonds-social-europeen-fse",
            es="fonds-social-europeen-fse",
        ),
        "summary": T(
            fr=(
                "Fonds européen qui finance, en Martinique, des projets de formation et d’inclusion "
                "numérique. Le Schéma numérique prévoit de s’appuyer sur le FSE pour l’inclusion numérique "
                "et pour les parcours de formation aux métiers du numérique."
            ),
            en=None,
            es=None,
        ),
        "funders": ["union-europeenne"],
        "help_kinds": ["subvention"],
        "beneficiaries": ["association", "collectivite"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["formation", "inclusion-numerique"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(
            fr="Montant selon l’appel à projets, à confirmer auprès de l’organisme qui le publie.",
            en=None,
            es=None,
        ),
        "eligibility": T(
            fr=(
                "<p>Porteurs de projets de formation ou d’inclusion numérique, selon les conditions de "
                "chaque appel à projets.</p>"
                "<p>Le Schéma numérique cite le FSE pour la stratégie territoriale d’inclusion numérique. Sa "
                "présentation de juin 2024 le prévoit aussi pour les parcours de formation aux métiers du "
                "numérique (2 millions d’euros) et pour l’institut dédié à la cybersécurité (50 000 €).</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": T(
            fr=(
                "<ul>"
                "<li>Des actions de formation aux métiers du numérique.</li>"
                "<li>Des actions d’inclusion numérique.</li></ul>"
            ),
            en=None,
            es=None,
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Repérez un appel à projets FSE qui correspond à votre projet.</li>"
                "<li>Préparez votre dossier tôt : le rapport du CEP signale que le traitement des dossiers "
                "et les paiements sont lents.</li>"
                "<li>Demandez conseil au guichet unique avant de déposer votre dossier.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="L’organisme qui publie l’appel à projets", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "schema-numerique-2024-2028.md: #1 financing « FSE, CTM, Etat »; §7 table (#3 parcours de "
            "formation 2,000 k€ FSE; #6 institut cybersécurité 50 k€ FSE). cep-metiers-numerique-2024.md: §4 "
            "« Fonds européens, notably the Fonds Social Européen, are administratively slow ». The k€ "
            "figures are action budgets, not amounts per project: amount fields left empty."
        ),
    },
    {
        "key": "aides-ctm-entreprises-feder",
        "translated": False,
        "title": T(fr="Aides de la CTM aux entreprises (refinancement FEDER)", en=None, es=None),
        "slug": T(
            fr="aides-ctm-entreprises-feder",
            en="aides-ctm-entreprises-feder",
            es="aides-ctm-entreprises-feder",
        ),
        "summary": T(
            fr=(
                "Le dispositif d’aides aux entreprises de la CTM fait partie du parcours numérique "
                "territorial prévu par le Schéma numérique. Il est refinancé par le FEDER, un fonds "
                "européen. Le guichet unique vous guide vers l’aide qui correspond à votre projet."
            ),
            en=None,
            es=None,
        ),
        "funders": ["ctm", "union-europeenne"],
        "help_kinds": ["subvention"],
        "beneficiaries": ["tpe", "pme", "createur"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["transformation-numerique"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Montant et taux à confirmer auprès de la CTM.", en=None, es=None),
        "eligibility": T(
            fr=(
                "<p>Entreprises traditionnelles de Martinique et entreprises numériques en création.</p>"
                "<p>Le Schéma numérique prévoyait le vote de ce dispositif en avril 2024. Il signale aussi "
                "que les sujets couverts sont limités : vérifiez auprès de la CTM que votre projet peut en "
                "bénéficier.</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": T(
            fr=(
                "<p>Projets de transformation numérique des entreprises. Le détail est à confirmer auprès de "
                "la CTM.</p>"
            ),
            en=None,
            es=None,
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Faites une demande au guichet unique du portail.</li>"
                "<li>Le guichet vous oriente vers l’aide qui correspond à votre projet.</li>"
                "<li>Faites-vous aider pour monter votre dossier de subvention : c’est l’un des services "
                "prévus par le Schéma numérique.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="La CTM, via le guichet unique", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "schema-numerique-2024-2028.md: #13 « Parcours numérique territorial » (beneficiaries: "
            "traditional firms, digital firms being created; financing « Refinancement FEDER »; step « "
            "Launch the aid scheme for firms »); §6 « CTM dispositif d'aides aux entreprises (to be voted "
            "04/2024) »; #15 « the CTM is limited in the topics its business aid scheme covers »; #12 help "
            "with subsidy dossiers. No amounts or rates in the sources."
        ),
    },
    {
        "key": "france-2030",
        "translated": False,
        "title": T(fr="France 2030", en=None, es=None),
        "slug": T(fr="france-2030", en="france-2030", es="france-2030"),
        "summary": T(
            fr=(
                "Plan de l’État cité par le rapport du CEP parmi les financements des projets numériques. En "
                "Martinique, il finance notamment des projets de collectivités, comme la plateforme des "
                "données territoriales de la CTM."
            ),
            en=None,
            es=None,
        ),
        "funders": ["etat"],
        "help_kinds": ["subvention"],
        "beneficiaries": ["collectivite"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["innovation", "transformation-numerique"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Montant selon le projet et l’appel à projets, à confirmer.", en=None, es=None),
        "eligibility": T(
            fr=(
                "<p>Porteurs de projets numériques, selon les conditions de chaque appel à projets. Les "
                "exemples cités en Martinique concernent surtout des collectivités.</p>"
                "<p>Selon le rapport du CEP, le projet « Territoires intelligents et durables » de la CTM (5 "
                "M€) est financé à 50 %. La présentation du Schéma numérique de juin 2024 prévoit aussi "
                "France 2030 pour le pôle des industries culturelles et créatives et pour la création de "
                "télécentres.</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": None,
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Repérez l’appel à projets France 2030 qui correspond à votre projet.</li>"
                "<li>Vérifiez les conditions et la date limite dans le cahier des charges de l’appel.</li>"
                "<li>Demandez conseil au guichet unique avant de déposer votre dossier.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="L’organisme qui publie l’appel à projets", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 « Plan France 2030; Plan France Relance 2030 » row (digital "
            "projects; 50 % of the CTM's 5 M€ TID platform; Chambre d'Agriculture AAP response) and §1 key "
            "figures. schema-numerique-2024-2028.md §7 (France 2030: pôle ICC 500 k€, télécentres 300 k€, "
            "AAP TID 5,000 k€). The 50 % applies to one project, so the rate field is left empty."
        ),
    },
    {
        "key": "esms-numerique",
        "translated": False,
        "title": T(fr="Appel à projets « ESMS numérique » (ARS)", en=None, es=None),
        "slug": T(fr="esms-numerique", en="esms-numerique", es="esms-numerique"),
        "summary": T(
            fr=(
                "Appel à projets de l’ARS, en 2023, pour aider les établissements et services sociaux et "
                "médico-sociaux (ESMS) à s’équiper d’un dossier usager informatisé (DUI) et du matériel "
                "nécessaire."
            ),
            en=None,
            es=None,
        ),
        "funders": ["ars-martinique"],
        "help_kinds": ["subvention"],
        "beneficiaries": ["association"],
        "sectors": ["associatif"],
        "epcis": [],
        "communes": [],
        "project_types": ["logiciel", "equipement"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Montant à confirmer auprès de l’ARS.", en=None, es=None),
        "eligibility": T(
            fr=(
                "<p>Établissements et services sociaux et médico-sociaux (ESMS).</p>"
                "<p>Cet appel à projets date de 2023. Une nouvelle session est à confirmer auprès de "
                "l’ARS.</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": T(
            fr=(
                "<ul>"
                "<li>L’acquisition d’un dossier usager informatisé (DUI) et sa mise en conformité.</li>"
                "<li>Les équipements et les infrastructures nécessaires.</li></ul>"
            ),
            en=None,
            es=None,
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Vérifiez auprès de l’ARS si un nouvel appel à projets « ESMS numérique » est "
                "ouvert.</li>"
                "<li>Préparez votre dossier selon le cahier des charges de l’appel.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="L’ARS de Martinique", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": False,
        "source": (
            'cep-metiers-numerique-2024.md: §4 table « ARS AAP "ESMS numérique" (2023) » (financial support '
            "to acquire and bring into compliance a DUI, and for equipment and infrastructure; ESMS / "
            "ESSMS); §2.7, §7.4. Only the year is given: no opening or closing day, no amount."
        ),
    },
    {
        "key": "appel-projets-low-tech",
        "translated": False,
        "title": T(fr="Appel à projets Low Tech (CTM et ADEME)", en=None, es=None),
        "slug": T(fr="appel-projets-low-tech", en="appel-projets-low-tech", es="appel-projets-low-tech"),
        "summary": T(
            fr=(
                "Appel à projets lancé en mai 2023 par la CTM et l’ADEME pour des projets low-tech et de "
                "sobriété. Le rapport du CEP recommande de le poursuivre pour soutenir la réparation et le "
                "réemploi du matériel numérique."
            ),
            en=None,
            es=None,
        ),
        "funders": ["ctm", "ademe"],
        "help_kinds": ["subvention"],
        "beneficiaries": ["tpe", "createur"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["innovation"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Montant à confirmer auprès de la CTM ou de l’ADEME.", en=None, es=None),
        "eligibility": T(
            fr=(
                "<p>Le public de l’appel à projets n’est pas précisé dans nos sources : il est à confirmer "
                "auprès de la CTM ou de l’ADEME.</p>"
                "<p>Le rapport du CEP vise notamment les TPE et les porteurs de projets qui veulent tester "
                "un produit.</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": T(
            fr=(
                "<ul>"
                "<li>Des projets low-tech et de sobriété.</li>"
                "<li>Selon le rapport du CEP : la réparation, le reconditionnement et le réemploi "
                "d’ordinateurs et de smartphones.</li></ul>"
            ),
            en=None,
            es=None,
        ),
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Vérifiez auprès de la CTM ou de l’ADEME si une nouvelle session est ouverte.</li>"
                "<li>Préparez votre dossier selon le cahier des charges de l’appel.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="La CTM ou l’ADEME", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": False,
        "source": (
            'cep-metiers-numerique-2024.md: §4 table « CTM–ADEME "appel à projet Low Tech" (May 2023), to be '
            "continued » (low-tech / sobriété; eligible: not specified); §6.2 A5.4.1 (continue AAP such as "
            "CTM-ADEME Low Tech 2024-2028; targets TPE and project holders wanting to test a product). Only "
            "the month is given: no opening or closing day, no amount."
        ),
    },
    {
        "key": "territoires-intelligents-durables",
        "translated": False,
        "title": T(
            fr="Appel à projets « Territoires intelligents et durables » (Banque des Territoires)",
            en=None,
            es=None,
        ),
        "slug": T(
            fr="territoires-intelligents-durables",
            en="territoires-intelligents-durables",
            es="territoires-intelligents-durables",
        ),
        "summary": T(
            fr=(
                "Appel à projets de la Banque des Territoires pour des projets de territoire connecté et "
                "durable. La CTM en est lauréate avec sa plateforme des données territoriales, dont le "
                "premier usage est la mobilité."
            ),
            en=None,
            es=None,
        ),
        "funders": ["banque-des-territoires"],
        "help_kinds": ["subvention"],
        "beneficiaries": ["collectivite"],
        "sectors": ["public"],
        "epcis": [],
        "communes": [],
        "project_types": ["innovation", "transformation-numerique"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Montant à confirmer auprès de la Banque des Territoires.", en=None, es=None),
        "eligibility": T(
            fr=(
                "<p>Collectivités qui portent un projet de territoire intelligent et durable.</p>"
                "<p>Exemple : la CTM a candidaté en novembre 2022 et a été retenue. Son projet, mené avec la "
                "Ville de Fort-de-France, City’Up, Martinique Transport et la Régie des Transports "
                "Martiniquais, a un budget total de 5 130 175 €.</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": None,
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Vérifiez auprès de la Banque des Territoires si une nouvelle session est ouverte.</li>"
                "<li>Préparez votre dossier selon le cahier des charges de l’appel.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="La Banque des Territoires", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": False,
        "source": (
            "schema-numerique-2024-2028.md: #19 (Nov 2022 CTM application to the Banque des Territoires' AAP "
            "« Territoires Intelligents et Durables », laureate; partners; total budget €5,130,175); §6 « "
            "Banque des Territoires: AAP TID ». cep-metiers-numerique-2024.md §4 « AAP Territoires "
            "intelligents et durables » (collectivities). No dates or amounts for a new session."
        ),
    },
    {
        "key": "artisans-passeport-numerique",
        "translated": False,
        "title": T(fr="Artisans 3.0 / 4.0 : passeport numérique (CMAM)", en=None, es=None),
        "slug": T(
            fr="artisans-passeport-numerique",
            en="artisans-passeport-numerique",
            es="artisans-passeport-numerique",
        ),
        "summary": T(
            fr=(
                "Les chargés de mission de la Chambre de Métiers et de l’Artisanat de Martinique (CMAM) "
                "accompagnent les artisans dans leur passage au numérique, avec le « passeport numérique » "
                "Artisans 3.0 / 4.0."
            ),
            en=None,
            es=None,
        ),
        "funders": ["cmam"],
        "help_kinds": ["accompagnement"],
        "beneficiaries": ["tpe", "independant"],
        "sectors": ["artisanat"],
        "epcis": [],
        "communes": [],
        "project_types": ["transformation-numerique", "formation"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Coût éventuel à confirmer auprès de la CMAM.", en=None, es=None),
        "eligibility": T(
            fr="<p>Artisans de Martinique. Les conditions sont à confirmer auprès de la CMAM.</p>",
            en=None,
            es=None,
        ),
        "eligible_expenses": None,
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Contactez la CMAM, ou faites une demande au guichet unique du portail.</li>"
                "<li>Un chargé de mission fait le point avec vous sur vos besoins.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="Les chargés de mission de la CMAM", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §3.3 #32 « CMAM – chargés de mission: Artisans 3.0 « passeport "
            "numérique » (au bénéfice des artisans) »; §5 « CMAM: Artisans 3.0 / 4.0, passeport numérique »; "
            "§7.4 actors. No cost, duration or conditions in the sources."
        ),
    },
    {
        "key": "reseau-entreprendre",
        "translated": False,
        "title": T(fr="Réseau Entreprendre : accompagnement des créateurs", en=None, es=None),
        "slug": T(fr="reseau-entreprendre", en="reseau-entreprendre", es="reseau-entreprendre"),
        "summary": T(
            fr=(
                "Réseau d’accompagnement cité par le rapport du CEP pour soutenir les créateurs et les "
                "jeunes entreprises. Le Schéma numérique l’associe aussi au programme prévu par la CTM pour "
                "les entreprises numériques matures."
            ),
            en=None,
            es=None,
        ),
        "funders": ["reseau-entreprendre"],
        "help_kinds": ["accompagnement"],
        "beneficiaries": ["createur"],
        "sectors": [],
        "epcis": [],
        "communes": [],
        "project_types": ["conseil"],
        "headcount_min": None,
        "headcount_max": None,
        "amount_min": None,
        "amount_max": None,
        "rate": None,
        "amount_text": T(fr="Conditions à confirmer auprès de Réseau Entreprendre.", en=None, es=None),
        "eligibility": T(
            fr=(
                "<p>Créateurs et jeunes entreprises. Les conditions sont à confirmer auprès de Réseau "
                "Entreprendre.</p>"
            ),
            en=None,
            es=None,
        ),
        "eligible_expenses": None,
        "how_to_apply": T(
            fr=(
                "<ol>"
                "<li>Contactez Réseau Entreprendre en Martinique.</li>"
                "<li>Présentez votre projet de création ou de développement.</li></ol>"
            ),
            en=None,
            es=None,
        ),
        "documents": None,
        "contact": T(fr="Réseau Entreprendre", en=None, es=None),
        "opens_on": None,
        "closes_on": None,
        "permanent": True,
        "source": (
            "cep-metiers-numerique-2024.md: §4 A7.1 « wider support networks (2025+): Réseau Entreprendre »; "
            "schema-numerique-2024-2028.md: #14 partners (Réseau Entreprendre, CCIM, Réseau Zetwal) and #16. "
            "« Créateurs et jeunes entreprises » as already stated on the financements page. No conditions."
        ),
    },
]
