# /party: eine Watchparty in einem Gruppenchat. Für die ganze Gruppe sichtbar: nur Titel und Vornamen.

cmd-party = Gemeinsam etwas zum Schauen aussuchen (in einer Gruppe)

party-private = 🍿 Watchpartys finden in Gruppen statt: Füge mich zu einem Gruppenchat hinzu und sende dort /party. Alle, die mitmachen, stimmen ab, und ich schlage nur Titel vor, die noch keiner von euch gesehen hat.

## Die Watchparty-Nachricht
party-title = 🍿 <b>Watchparty</b> · { $kind }
party-kind-all = Filme und Serien
party-kind-movies = Filme
party-kind-shows = Serien
party-intro = { $name } möchte gemeinsam etwas schauen. Wer mitmachen will, tippt auf „Ich bin dabei“: Ich schaue mir das Trakt von allen an und schlage Titel vor, die noch keiner von euch gesehen hat.
party-nobody = Noch ist niemand dabei.
party-members =
    { $count ->
        [one] <b>{ $count } Person ist dabei:</b> { $names }
       *[other] <b>{ $count } Personen sind dabei:</b> { $names }
    }
party-need-more = Ich brauche mindestens zwei Leute mit verknüpftem Trakt. Wer noch nicht verknüpft hat, tippt zuerst auf „🔗 Trakt privat verknüpfen“.
party-ready = Bereit! Jeder kann jetzt auf „Aussuchen“ tippen.
party-picking = ⏳ Ich schaue mir das Trakt von allen an…
party-voting = 🗳 Stimmt unten in der Umfrage ab.
party-over = 🏁 Heute Abend: { $title }
party-closed = 🏁 Diese Watchparty ist vorbei.
party-replaced = Diese Watchparty wurde durch eine neuere ersetzt.

## Buttons (reiner Text)
party-button-join = 🙋 Ich bin dabei
party-button-leave = 👋 Aussteigen
party-button-pick = 🎲 Aussuchen
party-button-link = 🔗 Trakt privat verknüpfen
party-button-done = ✅ Fertig

## Antworten auf Tipps (reiner Text, höchstens 200 Zeichen)
party-joined = Du bist dabei! 🎉
party-already-in = Du bist schon dabei.
party-left = Du hast die Watchparty verlassen.
party-not-in = Du warst bei dieser Watchparty nicht dabei.
party-link-first = Verknüpfe zuerst dein Trakt: Tippe unter der Watchparty auf „🔗 Trakt privat verknüpfen“, verknüpfe es in unserem privaten Chat und tippe dann wieder auf „Ich bin dabei“.
party-full =
    { $count ->
        [one] Sorry, diese Watchparty ist voll ({ $count } Person). Starte mit /party eine neue.
       *[other] Sorry, diese Watchparty ist voll ({ $count } Personen). Starte mit /party eine neue.
    }
party-starter-only = Solange noch keine zwei Leute dabei sind, kann nur { $name } das antippen – die Person, die die Watchparty gestartet hat.
party-members-only = Das können nur Leute antippen, die bei der Watchparty dabei sind. Tippe zuerst auf „Ich bin dabei“.
party-too-few =
    { $count ->
        [0] Ich brauche mindestens zwei Leute mit verknüpftem Trakt, und noch ist niemand dabei. Bitte deine Freunde, auf „Ich bin dabei“ zu tippen.
        [one] Ich brauche mindestens zwei Leute mit verknüpftem Trakt, und bisher ist erst eine Person dabei. Bitte jemanden, auf „Ich bin dabei“ zu tippen.
       *[other] Ich brauche mindestens zwei Leute mit verknüpftem Trakt; bisher sind { $count } dabei.
    }
party-picking-toast = Ich suche aus… 🎲
party-done-starter-only = Nur { $name } kann die Abstimmung beenden – die Person, die die Watchparty gestartet hat.
party-closing-toast = Ich zähle die Stimmen…
party-busy = Ich suche gerade aus, einen Moment.
party-vote-started = Die Abstimmung läuft schon: Stimm unten in der Umfrage ab.
party-ended = Diese Watchparty ist vorbei. Starte mit /party eine neue.

## Nachrichten an die Gruppe
party-too-few-reached =
    { $count ->
        [0] Ich konnte niemandes Trakt lesen, brauche zum Aussuchen aber mindestens zwei Leute. Tippt in einer Minute noch einmal auf „Aussuchen“.
        [one] Ich konnte nur das Trakt einer Person lesen, brauche zum Aussuchen aber mindestens zwei. Tippt in einer Minute noch einmal auf „Aussuchen“.
       *[other] Ich konnte nur das Trakt von { $count } Personen lesen. Tippt in einer Minute noch einmal auf „Aussuchen“.
    }
party-nothing = Ich habe nichts gefunden, was noch keiner von euch gesehen hat. Versucht es mit /party serien oder /party filme.
party-shortlist-header = 🎬 <b>Heute Abend zur Auswahl für { $names }</b>
party-widened = Auf euren Listen waren zu wenige Titel, die noch keiner von euch gesehen hat, deshalb habe ich angesagte Titel ergänzt, die niemand von euch kennt.
party-skipped = ⚠️ Das Trakt von { $name } war nicht erreichbar – ich suche ohne { $name } aus.
party-unlinked = ⚠️ { $name } hat Trakt nicht mehr verknüpft – ich suche ohne { $name } aus.
party-wanted-by = 🙋 Auf der Watchlist von { $names }
party-suggested-for = 💡 Trakt empfiehlt es { $names }
party-trending = 🔥 Gerade im Trend
party-poll-question = 🍿 Was schauen wir?
party-winner = 🏆 <b>Heute Abend:</b> { $title }
party-votes =
    { $count ->
        [one] 🗳 { $count } Stimme
       *[other] 🗳 { $count } Stimmen
    }
party-no-votes = Niemand hat abgestimmt, also nehme ich den ersten Titel der Liste.
party-only-one = Nur ein Titel passt, also wird es der.
