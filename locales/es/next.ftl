## /next
cmd-next = A continuación: el siguiente episodio de cada serie que estás viendo
next-usage =
    Te muestro el siguiente episodio de cada serie que estás viendo, lo más reciente primero:
    <code>/next</code>
    No hace falta añadir nada más.
next-header =
    ▶️ <b>A continuación</b> · { $count ->
        [one] { $count } serie en curso
       *[other] { $count } series en curso
    }
next-empty = No tienes nada en curso. Mira el primer episodio de una serie y aquí aparecerá el siguiente; en /trending hay ideas.
next-progress = { $number } de { $count }
next-aired = emitido el { $date }
next-aired-today = emitido hoy
next-aired-yesterday = emitido ayer
next-legend = <i>✅ episodio visto · 🎞 el episodio · 📺 la serie · 🎬 hacer check-in</i>
next-button-seen = ✅ { $number }
next-button-episode = 🎞 { $number }
next-button-show = 📺 { $number }
next-button-checkin = 🎬 { $number }
