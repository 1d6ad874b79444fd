# Inicio (/start y ☰ Menú): tu mundo en botones; ajustes; /start en un grupo.

home-menu = ☰ Menú
home-title = ☰ <b>Menú</b>
home-title-linked = ☰ <b>Menú</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Toca un botón, o envía /help para ver todos los comandos.</i>
home-unlinked = Vincula tu cuenta de Trakt para ver aquí qué te toca ver, tu calendario, tu historial, tus pendientes y tus estadísticas. Mientras tanto, mira lo que está en tendencia o busca un título.
home-next = ▶️ A continuación
home-calendar = 📅 Calendario
home-history = 🕘 Historial
home-watchlist = 📌 Pendientes
home-recommend = 💡 Para ti
home-lists = 📋 Listas
home-trending = 🔥 Tendencias
home-search = 🔍 Buscar
home-stats = 📊 Estadísticas
home-settings = ⚙️ Ajustes
home-language = 🌐 Idioma
home-notify = 🔔 Avisos
home-account = 👤 Cuenta de Trakt
home-settings-title = ⚙️ <b>Ajustes</b>
home-settings-language = Idioma: <b>{ $language }</b>
home-settings-language-auto = Idioma: <b>{ $language }</b>, el de tu Telegram
home-settings-linked = Cuenta de Trakt: <b>{ $username }</b>
home-settings-unlinked = Cuenta de Trakt: aún sin vincular
home-group = 👋 ¡Hola, { $name }! Aquí en el grupo: /party elige algo para ver juntos que nadie haya visto, /trending muestra lo que está de moda y <code>@{ $bot } título</code> comparte un título. Tu propio menú (a continuación, historial, pendientes) está en nuestro chat privado.
home-open-private = ☰ Abrir mi menú
