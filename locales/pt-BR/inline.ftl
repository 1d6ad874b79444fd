# Modo inline: «@bot título» em qualquer chat.
# As mensagens são HTML do Telegram; títulos e descrições dos resultados, botões e alertas são texto simples.

inline-title = { $title } · { $kind }
inline-kind-show = Série
inline-kind-movie = Filme
inline-mark-watched = ✅ Assistido
inline-mark-watchlist = 📌 Na sua lista para assistir
inline-card-link = 🔗 <a href="{ $url }">Abrir no Trakt</a>
inline-add = ➕ Adicionar à minha lista
inline-link = 🔗 Vincule o Trakt para ver o que você já assistiu
inline-unavailable = ⚠️ O Trakt está indisponível, tente de novo daqui a pouco
inline-link-hint = Sua conta do Trakt ainda não está vinculada. Abra @{ $bot }, envie /link e toque no botão de novo.
