# Início (/start e ☰ Menu): o seu mundo em botões; ajustes; /start em um grupo.

home-menu = ☰ Menu
home-title = ☰ <b>Menu</b>
home-title-linked = ☰ <b>Menu</b> · Trakt: <b>{ $username }</b>
home-hint = <i>Toque em um botão, ou envie /help para ver todos os comandos.</i>
home-unlinked = Vincule sua conta do Trakt para ver aqui o que assistir a seguir, seu calendário, histórico, lista para assistir e suas estatísticas. Enquanto isso, veja o que está em alta ou busque um título.
home-next = ▶️ A seguir
home-calendar = 📅 Calendário
home-history = 🕘 Histórico
home-watchlist = 📌 Para assistir
home-recommend = 💡 Para você
home-lists = 📋 Listas
home-trending = 🔥 Em alta
home-search = 🔍 Buscar
home-stats = 📊 Estatísticas
home-settings = ⚙️ Ajustes
home-language = 🌐 Idioma
home-notify = 🔔 Avisos
home-account = 👤 Conta do Trakt
home-settings-title = ⚙️ <b>Ajustes</b>
home-settings-language = Idioma: <b>{ $language }</b>
home-settings-language-auto = Idioma: <b>{ $language }</b>, o mesmo do seu Telegram
home-settings-linked = Conta do Trakt: <b>{ $username }</b>
home-settings-unlinked = Conta do Trakt: ainda não vinculada
home-group = 👋 Oi, { $name }! Aqui no grupo: /party escolhe algo para vocês assistirem juntos que ninguém viu ainda, /trending mostra o que está em alta e <code>@{ $bot } título</code> compartilha um título. Seu menu pessoal (a seguir, histórico, lista para assistir) fica no nosso chat privado.
home-open-private = ☰ Abrir meu menu
