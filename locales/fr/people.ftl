# Fiche d’une personne : /search trouve aussi des personnes ; la fiche liste les titres qui l’ont fait connaître.
# Les messages sont du HTML Telegram ; la ligne d’infos et les libellés de boutons sont du texte brut.

people-known-for = <b>Filmographie sélective</b>
people-tap = <i>Appuyez sur un numéro pour voir la fiche du titre.</i>
people-no-credits = <i>Trakt ne répertorie encore aucun film ni aucune série pour cette personne.</i>
people-credits-failed = <i>Trakt n’a pas pu donner ses films et séries pour le moment. Réessayez dans un instant.</i>
people-born = naissance : { $date }
people-died = décès : { $date }
people-as = rôle : { $role }
people-episodes = { $count ->
    [one] { $count } épisode
    [many] { $count } d’épisodes
   *[other] { $count } épisodes
}
people-department-acting = Interprétation
people-department-directing = Réalisation
people-department-writing = Scénario
people-department-production = Production
people-department-sound = Son
people-department-camera = Image
people-department-editing = Montage
people-department-art = Décors
people-department-crew = Équipe technique
people-department-costume = Costumes et maquillage
people-department-lighting = Éclairage
people-department-visual-effects = Effets visuels
people-department-created-by = Création

# A title's people, opened from its details card.
people-button = 👥 Distribution et équipe
people-of-title = 👥 { $title } · distribution et équipe
people-tap-person = <i>Appuyez sur un numéro pour voir la fiche de la personne.</i>
people-nobody = <i>Trakt n’indique encore ni distribution ni équipe pour ce titre.</i>
