import type { Lexicon } from './types';

/** French as written at work (France, Belgium, Switzerland, Québec), chat and email. */
export const fr: Lexicon = {
  language: 'fr',
  ack: {
    acknowledgement: [
      "d'accord", "d'acc", 'dac', 'ok', 'okay', 'entendu', 'bien reçu', 'bien noté', 'noté', 'compris', "c'est noté", "c'est compris", 'je vois', 'ça marche',
      'ca marche', 'ça roule', 'pas de souci', 'pas de soucis', 'pas de problème', 'aucun souci', 'aucun problème', 'de rien', 'avec plaisir', 'je t\'en prie',
      'je vous en prie', 'tkt', "t'inquiète", 'pas grave', 'ça me va', 'ça va', 'bien vu', 'reçu', "c'est bon",
      'très bien', 'ok ça marche', 'vu', 'ok vu', 'oki', 'okok', 'ça joue', 'bon', 'soit',
    ],
    thanks: [
      'merci', 'merci beaucoup', 'merci bcp', 'merci bien', 'merci mille fois', 'mille mercis', 'un grand merci', 'grand merci', 'merci infiniment', 'merci encore', 'merci à toi',
      'merci à vous', 'merci à tous', "merci pour l'info", "merci pour l'aide", 'merci pour ton aide', 'merci pour votre aide', 'merci pour le retour', 'merci pour ton retour',
      'merci pour votre retour', 'merci pour le partage', "merci de l'info", 'merci du retour', 'merci pour tout', 'je te remercie', 'je vous remercie', 'mci', 'mrc', 'thx',
      'merci la team', "merci l'équipe", "c'est gentil", "c'est très gentil", 'trop gentil', 'merci pour la relecture', 'merci pour la review', 'merci pour ta réactivité',
    ],
    agreement: [
      'oui', 'ouais', 'ouep', 'yes', 'exactement', 'tout à fait', 'absolument', 'carrément', 'bien sûr', 'évidemment', 'clairement', 'je suis d\'accord', "tout à fait d'accord",
      "d'accord avec toi", "d'accord avec vous", 'ça me semble bien', 'ça me paraît bien', 'bonne idée', 'excellente idée', 'bon point', 'effectivement', 'en effet', 'pareil',
      'moi aussi', 'idem', 'vrai', "c'est vrai", 'ça me convient', 'ça me va très bien', 'oui oui', 'oui bien sûr', 'volontiers', '+1', 'ok pour moi', 'banco', 'va pour ça',
    ],
    approval: ['validé', 'je valide', 'approuvé', "j'approuve", 'go', "c'est validé", 'feu vert', 'tu peux y aller', 'vous pouvez y aller', 'vas-y', 'allez-y', 'on y va', 'ça me semble bon', 'lgtm', 'ok pour merger', 'bon pour moi', 'go pour moi', 'valide de mon côté'],
    confirmation: ["c'est fait", 'fait', 'terminé', 'fini', 'envoyé', 'confirmé', 'je confirme', 'corrigé', 'réglé', 'résolu', 'déployé', 'mergé', 'réservé', 'planifié', 'mis à jour', 'livré', "c'est réglé", "c'est corrigé", 'à tout à l\'heure', 'à tout de suite', 'à demain', 'à plus', 'à toute', 'je serai là'],
    'on-it': ["je m'en occupe", 'je regarde', 'je regarde ça', 'je vais regarder', 'je check', 'je vérifie', 'je vois ça', "j'y vais", "j'arrive", 'en cours', "je m'y mets", 'on est dessus', 'je suis dessus', 'je gère', "je m'en charge", 'je te dis', 'je reviens vers toi', 'je reviens vers vous', 'deux secondes', 'une seconde', '2 min', 'je regarde et je te dis'],
    congratulations: ['félicitations', 'felicitations', 'bravo', 'bravo à tous', 'bravo à toi', 'bravo à vous', 'bravo la team', "bravo l'équipe", 'joyeux anniversaire', 'bon anniversaire', 'bonne année', 'joyeux noël', 'bonnes fêtes', 'bienvenue', "bienvenue dans l'équipe", 'bienvenue à toi', 'bien mérité', 'trop bien', 'youpi', 'génial bravo', 'chapeau', 'félicitations à tous'],
    praise: ['génial', 'super', 'top', 'parfait', 'excellent', 'nickel', 'impeccable', 'trop fort', 'bien joué', 'beau travail', 'bon travail', 'super boulot', 'beau boulot', 'bon boulot', 'magnifique', 'formidable', 'incroyable', 'impressionnant', 'chapeau bas', 'trop top', 'au top', 'la classe', 'trop cool', 'très bon', 'canon', 'énorme', 'stylé', 'qualité'],
    laughter: ['mdr', 'ptdr', 'lol', 'haha', 'hahaha', 'hihi', 'héhé', 'mort de rire', 'trop drôle', 'jpp', 'xd'],
  },
  ackFillers: [
    'a tous', 'belle journée', 'bien à toi', 'bien à vous', 'bises', 'bisous', 'bonjour', 'bonjour à tous', 'bonne fin de journée',
    'bonne journée', 'bonne soirée', 'cordialement', 'encore', 'et', 'hello', "l'équipe", 'la team', 'les gars', 'salut', 'salut à tous',
    'tous', 'tout le monde', 'très', 'vraiment', 'à tous',
  ],
  ackBlockers: [
    'ben voyons', 'génial encore', 'manquait plus que ça', 'merci pour rien', 'super encore', 'trop bien encore',
  ],
  notNames: [
    'août', "aujourd'hui", 'avril', 'demain', 'dimanche', 'décembre', 'février', 'janvier', 'jeudi', 'juillet', 'juin', 'lundi', 'mai',
    'mardi', 'mars', 'mercredi', 'novembre', 'octobre', 'samedi', 'septembre', 'vendredi',
  ],
  honorifics: [],
  sensitive: [
    // performance
    { term: "{entretien annuel|entretien d'évaluation|évaluation annuelle|plan d'amélioration|plan d'amélioration des performances|insuffisance professionnelle|sous-performance|ne répond pas aux attentes|en dessous des attentes|ses performances|sa performance|ses résultats}", topic: 'performance', when: 'no-tech' },
    { term: '{performance|performances|résultats|travail}', topic: 'performance', when: 'subject' },
    { term: '{insuffisant|insuffisante|insuffisants|insuffisantes|mauvais|mauvaise|mauvaises|décevant|décevante|décevantes|médiocre|préoccupant|préoccupantes|pas au niveau}', topic: 'performance', when: 'verdict' },
    // termination
    { term: '{licenciement|licenciements|licencier|licencié|licenciée|le licencier|la licencier|le virer|la virer|se faire virer|plan social|pse|rupture conventionnelle|indemnités de départ|indemnité de licenciement|suppression de postes|suppressions de postes|réduction des effectifs|départ forcé|mise à pied|lettre de licenciement|préavis}', topic: 'termination' },
    { term: '{démission|démissionner|démissionné|départ|viré}', topic: 'termination', when: 'person' },
    // hiring
    { term: '{candidat|candidate|candidats|candidature|candidatures|entretien|entretiens|postulant}', topic: 'hiring', when: 'subject' },
    { term: '{refuser|refusé|refusée|recaler|recalé|retenir|retenu|retenue|pas retenu|pas retenue|embaucher|offre|proposition|pas le bon profil|feedback|retour|avis|faible|solide}', topic: 'hiring', when: 'verdict' },
    { term: "{promesse d'embauche|offre d'emploi|lettre d'offre|décision d'embauche|retour d'entretien|prétentions salariales|prise de références}", topic: 'hiring' },
    // compensation
    { term: '{salaire|salaires|rémunération|augmentation de salaire|prime|primes|bonus|stock-options|bspce|actions gratuites|fiche de paie|bulletin de salaire|grille salariale|baisse de salaire|revalorisation salariale}', topic: 'compensation', when: 'no-tech' },
    { term: '{son salaire|mon salaire|ton salaire|sa prime}', topic: 'compensation' },
    { term: 'une augmentation', topic: 'compensation', when: 'person' },
    // reorg
    { term: '{réorganisation|restructuration|restructurer|fusion|fusions|rachat|racheté|rachetée|acquisition|acquisitions|absorption|fermeture du site|fermeture de l\'agence|fermeture du bureau|fermer le bureau|arrêt du produit|nouvel organigramme|changement de cap|regroupement des équipes|fusionner les équipes}', topic: 'reorg', when: 'no-tech' },
    // health
    { term: '{arrêt maladie|congé maladie|en arrêt|congé maternité|congé paternité|congé parental|malade|maladie|diagnostic|diagnostiqué|hôpital|hospitalisé|hospitalisée|chirurgie|cancer|chimio|dépression|burn-out|burnout|anxiété|santé mentale|enceinte|grossesse|fausse couche|décédé|décédée|décès|obsèques|enterrement|urgence familiale|condoléances|deuil|thérapie|psy|mi-temps thérapeutique}', topic: 'health', when: 'no-tech' },
    // legal
    { term: '{plainte|avertissement}', topic: 'legal', when: 'person' },
    { term: '{harcèlement|harcelé|harcelée|harcèlement moral|harcèlement sexuel|discrimination|discriminé|discriminée|porter plainte|plainte officielle|enquête interne|procédure disciplinaire|sanction disciplinaire|blâme|prud\'hommes|prudhommes|procès|avocat|avocate|poursuites|représailles|comportement inapproprié|propos déplacés|lanceur d\'alerte}', topic: 'legal', when: 'no-tech' },
    // conflict
    { term: "{c'est ta faute|c'est de ta faute|c'est votre faute|c'est de votre faute|à cause de toi|à cause de vous|tu as tout cassé|tu as cassé|t'as cassé|t'as tout cassé|vous avez cassé|tu fais toujours|tu fais toujours ça|tu n'écoutes jamais|tu ne lis jamais|combien de fois|je te l'ai déjà dit|je vous l'ai déjà dit|j'en ai marre de toi|j'en ai marre de tes|ras le bol de|pas mon problème|pas mon boulot|tu te fous de moi|vous vous foutez de moi|c'est n'importe quoi ce que tu|pourquoi tu fais toujours}", topic: 'conflict' },
    { term: '{incompétent|incompétente|nul|nulle|inutile|paresseux|bâclé|ridicule|inacceptable|pas professionnel|irresponsable|je-m\'en-foutiste}', topic: 'conflict', when: 'person' },
  ],
  neutral: [
    'acquisition de clients', 'acquisition de données', 'entretien de la machine', 'entretien du serveur', 'fusionner la branche',
    'fusionner les branches', 'health check', 'performance de la requête', 'performances du cache', 'release candidate', 'revue de code',
    'réorganiser les dossiers', 'tuer le processus',
  ],
  personCues: [
    'candidat', 'candidate', 'chef', 'collaborateur', 'collaboratrice', 'collègue', 'collègues', 'elle', 'elles', 'employé', 'employée',
    'employés', 'il', 'ils', 'lui', 'manager', 'personne', "quelqu'un", 'salarié', 'salariée', 'salariés', 'stagiaire',
  ],
  techCues: [
    'api', 'base de données', 'branche', 'bug', 'cache', 'ci', 'cluster', 'code', 'colonne', 'conteneur', 'dossier', 'dossiers',
    'déploiement', 'endpoint', 'erreur', 'instance', 'pipeline', 'pr', 'processus', 'repo', 'requête', 'schéma', 'script', 'serveur',
    'serveurs', 'système', 'table', 'test', 'tests',
  ],
  reply: [
    { term: "{peux-tu|pourrais-tu|pouvez-vous|pourriez-vous|tu peux|vous pouvez|tu pourrais|vous pourriez|est-ce que tu peux|est-ce que vous pouvez|ça te dérangerait|ça vous dérangerait|tu veux bien|voulez-vous bien}", kind: 'request' },
    { term: "{s'il te plaît|s'il te plait|s'il vous plaît|s'il vous plait|stp|svp|merci de|je te remercie de|je vous remercie de|j'ai besoin que tu|j'aurais besoin que tu|tiens-moi au courant|tenez-moi au courant|dis-moi|dites-moi|envoie-moi|envoyez-moi|fais-moi signe|faites-moi signe|jette un œil|jette un oeil|tu me dis|vous me dites|des nouvelles|un retour}", kind: 'request' },
    { term: "{qu'en penses-tu|qu'en pensez-vous|t'en penses quoi|ton avis|votre avis|des idées|des remarques|des objections}", kind: 'question' },
    { term: "{est-ce qu'on|faut-il|doit-on|on fait quoi|lequel tu préfères|laquelle tu préfères|lequel on prend|laquelle on prend|quelle option|à toi de voir|à toi de décider|c'est toi qui décides|il faut trancher}", kind: 'decision' },
    { term: '{ou}', kind: 'or' },
    { term: "{peux-tu valider|tu peux valider|pouvez-vous valider|merci de valider|ta validation|votre validation|ton accord|votre accord|ton feu vert|je peux merger|je peux y aller|je peux pousser|ça te va si|ça vous va si|ok pour toi si}", kind: 'approval' },
    { term: "{tu as un moment|t'as un moment|tu as 5 minutes|t'as 5 min|vous avez un moment|tu es dispo|t'es dispo|vous êtes disponible|tu es disponible|es-tu disponible|êtes-vous disponible|on peut en parler|on s'appelle|on se fait un call|un petit call|un appel rapide|quand es-tu dispo|quand êtes-vous disponible|ça te dit}", kind: 'availability' },
    { term: "{merci de ton aide|merci de votre aide|merci de ta réponse|merci de votre réponse|merci de ton retour|merci de votre retour|merci de l'info|merci de m'avoir|merci de nous avoir|merci de ta patience|merci de votre patience|merci de votre compréhension|pour info|pour information|pour votre information|ci-joint|vous trouverez ci-joint|tu trouveras ci-joint|veuillez trouver|merci de noter|n'hésite pas|n'hésitez pas|si tu as des questions|si vous avez des questions|fyi}", kind: 'fyi' },
    { term: "{qui l'eût cru|qui aurait cru|devine quoi|qu'est-ce qui pourrait mal tourner|c'est pas génial|pas vrai|n'est-ce pas génial}", kind: 'rhetorical' },
    { term: "{pas besoin de répondre|inutile de répondre|aucune action requise|pas d'action requise|ne nécessite pas de réponse|pas besoin de réponse}", kind: 'no-reply' },
  ],
  urgency: [
    { term: "{urgent|urgente|urgence|en urgence|au plus vite|dès que possible|asap|immédiatement|tout de suite|sans tarder|prioritaire|au plus tôt|le plus vite possible}", strength: 'strong' },
    { term: "{aujourd'hui|ce soir|d'ici ce soir|avant ce soir|avant midi|ce matin|cet après-midi|en fin de journée|d'ici la fin de la journée|avant la fin de la journée|dans l'heure|maintenant}", strength: 'weak' },
    { term: "{pas urgent|rien d'urgent|pas pressé|pas pressée|rien ne presse|quand tu peux|quand vous pouvez|quand tu auras le temps|à ta convenance|pas de rush|sans urgence|prends ton temps}", strength: 'not' },
  ],
  stopwords: [
    'au', 'aux', 'avec', 'bonjour', "c'est", 'ce', 'cette', 'dans', 'des', 'elle', 'est', 'et', 'il', 'je', 'le', 'les', 'mais', 'merci',
    'nous', 'pas', 'pour', 'qui', 'sont', 'sur', 'très', 'une', 'vous', 'ça',
  ],
  callSuggestion: "Ce serait peut-être plus simple d'en parler de vive voix. As-tu 15 minutes pour un appel rapide ?",
  linkLabel: 'Lien :',
};
