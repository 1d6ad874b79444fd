# A person's card: /search finds people too; the card lists what they are known for.
# Messages are Telegram HTML; the facts line and button labels are plain text.

people-known-for = <b>Known for</b>
people-tap = <i>Tap a number for the title's details.</i>
people-no-credits = <i>Trakt lists no movies or shows for them yet.</i>
people-credits-failed = <i>Trakt could not list their movies and shows just now. Try again in a moment.</i>
people-born = born { $date }
people-died = died { $date }
people-as = as { $role }
people-episodes = { $count ->
    [one] { $count } episode
   *[other] { $count } episodes
}
people-department-acting = Acting
people-department-directing = Directing
people-department-writing = Writing
people-department-production = Production
people-department-sound = Sound
people-department-camera = Camera
people-department-editing = Editing
people-department-art = Art
people-department-crew = Crew
people-department-costume = Costume and make-up
people-department-lighting = Lighting
people-department-visual-effects = Visual effects
people-department-created-by = Creator

# A title's people, opened from its details card.
people-button = 👥 Cast and crew
people-of-title = 👥 { $title } · cast and crew
people-tap-person = <i>Tap a number for the person's card.</i>
people-nobody = <i>Trakt lists no cast or crew for it yet.</i>
