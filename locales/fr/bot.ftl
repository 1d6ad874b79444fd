# Français. Mêmes clés et mêmes placeables que dans locales/en/bot.ftl.
# Les messages sont du HTML Telegram : balises équilibrées ; jamais de < ni de & nus dans le texte.

language-name = Français
language-name-inline = français
separator = {" · "}

## /start et /help
start-welcome =
    👋 Bonjour { $name } ! Avec moi, votre compte <b>Trakt.tv</b> vous suit dans Telegram : ce que vous avez regardé, quoi regarder ensuite, ce qui cartonne en ce moment et votre watchlist. Dans un groupe, je peux trouver pour ce soir quelque chose que personne n’a encore vu.
help-header = <b>Ce que je sais faire</b>
help-inline = Dans n’importe quelle discussion, tapez <code>@{ $bot } titre</code> pour chercher sur Trakt.

## Menu des commandes (une ligne chacune ; texte brut, sans balises)
cmd-start = Bienvenue et présentation
cmd-help = Toutes les commandes, une ligne chacune
cmd-trending = Ce que tout le monde regarde en ce moment
cmd-popular = Les séries et films les plus populaires
cmd-language = Choisir ma langue

## Boutons
button-invalid = Ce bouton n’est plus valable. Renvoyez la commande.
button-not-yours = Ce bouton appartient à la personne qui a demandé. Envoyez la commande vous-même pour avoir le vôtre.
page-of = { $page } / { $pages }
kind-shows = 📺 Séries
kind-movies = 🎬 Films

## Listes et fiches
trending-header-shows = 🔥 <b>Séries tendance</b> · page { $page } sur { $pages }
trending-header-movies = 🔥 <b>Films tendance</b> · page { $page } sur { $pages }
popular-header-shows = ⭐ <b>Séries populaires</b> · page { $page } sur { $pages }
popular-header-movies = ⭐ <b>Films populaires</b> · page { $page } sur { $pages }
list-empty = Rien ici pour l’instant.
watching-now =
    { $count ->
        [one] { $count } personne regarde
        [many] { $count } de personnes regardent
       *[other] { $count } personnes regardent
    }
card-untitled = Sans titre

## /language
language-current = Je vous parle en <b>{ $language }</b>. Choisissez une autre langue :
language-current-auto = J’utilise la langue de votre Telegram (actuellement <b>{ $language }</b>). Choisissez-en une pour la garder :
language-auto = 🌐 Comme Telegram
language-saved = ✅ C’est fait.
language-saved-toast = Langue enregistrée

## Accès
not-allowed = Désolé, ce bot est privé. Demandez à son propriétaire de vous ajouter.

## Erreurs (courtes ; la personne les voit)
error-generic = 😕 Un problème est survenu de mon côté. Réessayez dans un instant.
error-short = Un problème est survenu. Réessayez.
error-telegram-busy = Telegram est surchargé en ce moment. Réessayez dans un instant.
error-store-busy = ⏳ Je suis un peu occupé en ce moment. Réessayez dans un instant.
error-trakt-rate-limited = Trakt nous demande de ralentir. Réessayez dans { $seconds } s.
error-trakt-busy = Trakt est surchargé en ce moment. Réessayez dans une minute.
error-trakt-refusing = Trakt refuse ce bot pour le moment. Votre compte n’y est pour rien ; réessayez plus tard.
error-trakt-unauthorized = Trakt n’a pas accepté votre connexion. Associez à nouveau votre compte avec /link.
error-trakt-locked = Votre compte Trakt est verrouillé ou désactivé. Le support de Trakt peut le débloquer.
error-trakt-vip = Il faut Trakt VIP pour cela : { $url }
error-trakt-account-limit = Vous avez atteint une limite de votre compte Trakt (par exemple une watchlist pleine). Supprimez quelque chose ou passez à VIP.
error-trakt-not-found = Trakt n’a rien trouvé.
error-trakt-down = Trakt ne répond pas en ce moment. Réessayez dans quelques minutes.
error-trakt-other = Trakt n’a pas pu le faire (erreur { $status }). Réessayez plus tard.

## Genres (slugs de Trakt)
genre-action = action
genre-adventure = aventure
genre-animation = animation
genre-anime = anime
genre-biography = biopic
genre-children = jeunesse
genre-comedy = comédie
genre-crime = policier
genre-documentary = documentaire
genre-donghua = donghua
genre-drama = drame
genre-family = famille
genre-fantasy = fantastique
genre-game-show = jeu télévisé
genre-history = histoire
genre-holiday = fêtes
genre-home-and-garden = maison et jardin
genre-horror = horreur
genre-mini-series = mini-série
genre-music = musique
genre-musical = comédie musicale
genre-mystery = mystère
genre-news = actualités
genre-reality = téléréalité
genre-romance = romance
genre-science-fiction = science-fiction
genre-short = court métrage
genre-soap = feuilleton
genre-special-interest = thématique
genre-sporting-event = sport
genre-superhero = super-héros
genre-suspense = suspense
genre-talk-show = talk-show
genre-thriller = thriller
genre-war = guerre
genre-western = western

## Boutons communs
button-back = ◀ Retour

## Association (commun : toute commande personnelle peut en avoir besoin)
button-link = 🔗 Associer Trakt
link-needed = Il faut votre compte Trakt pour cela. Associez-le une seule fois : ça prend une minute et je ne vois jamais votre mot de passe.
link-needed-group = Il faut votre compte Trakt pour cela. Associez-le dans une discussion privée avec moi : aucun code n’est jamais affiché ici.
link-needed-short = Associez d’abord votre compte Trakt.
link-lost = Trakt a mis fin à l’accès de ce bot à votre compte (il a été révoqué ou a expiré). Associez-le à nouveau pour continuer.

## Les plus vus
discover-list-trending = 🔥 Tendances
discover-list-popular = ⭐ Populaires
discover-list-watched = 👀 Les plus vus
discover-period-weekly = Semaine
discover-period-monthly = Mois
discover-period-yearly = Année
discover-period-all = Depuis toujours
discover-when-weekly = cette semaine
discover-when-monthly = ce mois-ci
discover-when-yearly = cette année
discover-when-all = de tous les temps
discover-watched-header-shows = 👀 <b>Séries les plus vues</b> { $period } · page { $page } sur { $pages }
discover-watched-header-movies = 👀 <b>Films les plus vus</b> { $period } · page { $page } sur { $pages }
discover-watchers =
    { $count ->
        [one] { $count } spectateur
        [many] { $count } de spectateurs
       *[other] { $count } spectateurs
    }
discover-plays =
    { $count ->
        [one] { $count } visionnage
        [many] { $count } de visionnages
       *[other] { $count } visionnages
    }
discover-details-hint = <i>Appuyez sur un numéro ci-dessous pour voir la fiche du titre.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, je vous l’ai envoyé en privé.
private-share = 📤 Partager dans le groupe
private-shared-by = 📤 { $name } a partagé ceci :
private-shared = Partagé dans le groupe.
private-share-failed = Je ne peux pas publier dans ce groupe : vous ou moi n’en faisons plus partie.
private-start-first = { $name }, je ne peux pas encore vous écrire : ouvrez une discussion privée avec moi, appuyez sur Démarrer, puis redemandez.
private-open = 💬 Discussion privée

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Vous allez plus vite que je ne peux interroger Trakt. Réessayez dans { $seconds } s.
error-too-fast-login = ⏳ Trop de tentatives de connexion à la suite. Réessayez dans { $seconds } s.
error-bot-busy = ⏳ Beaucoup de monde interroge Trakt en même temps. Réessayez dans { $seconds } s.
