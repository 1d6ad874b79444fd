## El bot siempre responde (issue 15): comandos desconocidos, códigos sueltos, ayudas de
## uso, cambios que Trakt pide esperar, una segunda /party.

unknown-command = No conozco { $command }. Envía /help para ver lo que sé hacer.
link-stray-code = 🔐 Eso parece un código de Trakt, así que lo he borrado al instante. Los códigos solo sirven al vincular: envía /link y te muestro dónde introducirlo.
link-stray-code-kept = 🔐 Eso parece un código de Trakt; borra tu mensaje, por favor. Los códigos solo sirven al vincular: envía /link y te muestro dónde introducirlo.
link-stray-code-pending = 🔐 Eso parece un código de Trakt, así que lo he borrado al instante. Estás vinculando tu cuenta: envíame el código solo, en un mensaje, y lo usaré.
link-needed-alert = Primero vincula tu cuenta de Trakt: envía /link.

discover-usage =
    Lo más visto en Trakt:
    <code>/trending</code> — lo que la gente ve ahora mismo
    <code>/popular</code> — lo más popular de todos los tiempos
    Añade <code>series</code> o <code>películas</code>, y <code>semana</code>, <code>mes</code>, <code>año</code> o <code>todo</code> para lo más visto: <code>/trending películas semana</code>.
recommend-usage =
    Títulos que Trakt elige para ti:
    <code>/recommend</code> — series
    <code>/recommend películas</code> — películas

later-saving = ⏳ Trakt me pide esperar, así que lo guardaré dentro de { $seconds } s.
later-already = ⏳ Ya está en cola: lo guardaré dentro de { $seconds } s.
later-behind = ⏳ Tu cambio anterior aún espera a Trakt, así que guardaré este justo después, dentro de { $seconds } s.
later-failed = No pude guardar tu cambio en Trakt: { $reason }
later-full = ⏳ Ya hay demasiados cambios tuyos esperando a Trakt. Vuelve a intentarlo cuando se hayan guardado.
later-other-account = No guardé tu cambio pendiente: se hizo en una cuenta de Trakt que ya no está vinculada aquí.

party-running = 🍿 Ya hay una sesión en grupo en marcha, la empezó { $name }: únete arriba. { $name } o un administrador del grupo puede empezar otra en su lugar.
party-button-new = 🔄 Empezar otra sesión
party-new-not-allowed = Solo { $name } (quien empezó la sesión) o un administrador del grupo puede sustituirla.
party-new-started = Nueva sesión iniciada 🍿
party-new-too-late = Mientras tanto ha empezado otra sesión: únete a esa.
