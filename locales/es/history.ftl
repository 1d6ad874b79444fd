## /history
# Las palabras tras el comando salen de args.ftl (se entienden en cualquier idioma).
cmd-history = Lo que has visto, lo más reciente primero
history-usage =
    Te muestro lo que has visto, lo más reciente primero:
    <code>/history</code> — todo
    <code>/history series</code> o <code>/history películas</code>
    <code>/history semana</code>, <code>mes</code> o <code>año</code> — solo la última semana, el último mes o el último año
    Puedes combinarlos: <code>/history películas mes</code>.
history-header-a = 🕘 <b>Tu historial</b>{ $period }
history-header-s = 🕘 <b>Tu historial: series</b>{ $period }
history-header-m = 🕘 <b>Tu historial: películas</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· última semana
history-period-m = {" "}· último mes
history-period-y = {" "}· último año
history-empty = Aquí no hay nada todavía. Lo que veas o marques en Trakt aparecerá aquí.
history-empty-filtered = Nada coincide con estos filtros. Prueba con <b>Todo</b> o <b>Desde siempre</b>.
history-page-empty = Eso es todo: no hay nada más después de la página anterior.
history-today = Hoy
history-yesterday = Ayer
history-day-unknown = Fecha desconocida
history-kind-a = Todo
history-kind-s = 📺 Series
history-kind-m = 🎬 Películas
history-period-button-a = Desde siempre
history-period-button-w = Semana
history-period-button-m = Mes
history-period-button-y = Año

## Removing one play
history-remove-mode = 🗑 Quitar una reproducción
history-remove-done = ✔ Listo
history-remove-ask = ¿Quitar la reproducción { $number }: { $play }?
history-remove-yes = 🗑 Quitar
history-remove-toast = Reproducción quitada
history-remove-gone = Esa reproducción ya se quitó
history-remove-hint = <i>Toca el número de la reproducción que quieres quitar.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
