# Português (Brasil). Mesmas mensagens e placeables de locales/en/bot.ftl.
# As mensagens são HTML do Telegram: tags balanceadas; nunca < nem & soltos no texto.
# Tratamento: «você». Plural (CLDR): 0 e 1 são «one»; por isso [0] explícito onde zero é comum.

language-name = Português (Brasil)
language-name-inline = português do Brasil
separator = {" · "}

## /start e /help
start-welcome =
    👋 Oi, { $name }! Comigo, sua conta do <b>Trakt.tv</b> fica sempre à mão no Telegram: o que você assistiu, o que assistir a seguir, o que está em alta e sua lista para assistir. Em um grupo, posso escolher algo para hoje à noite que ninguém tenha visto ainda.
help-header = <b>O que eu sei fazer</b>
help-inline = Em qualquer chat, digite <code>@{ $bot } título</code> para buscar no Trakt.

## Menu de comandos (uma linha cada; texto simples, sem marcação)
cmd-start = Boas-vindas e o que eu faço
cmd-help = Todos os comandos, um por linha
cmd-trending = O que as pessoas estão assistindo agora
cmd-popular = As séries e os filmes mais populares
cmd-language = Escolher o idioma

## Botões
button-invalid = Este botão está desatualizado. Envie o comando de novo.
button-not-yours = Este botão é de quem pediu. Envie o comando você mesmo para ter o seu.
page-of = { $page } / { $pages }
kind-shows = 📺 Séries
kind-movies = 🎬 Filmes

## Listas e fichas
trending-header-shows = 🔥 <b>Séries em alta</b> · página { $page } de { $pages }
trending-header-movies = 🔥 <b>Filmes em alta</b> · página { $page } de { $pages }
popular-header-shows = ⭐ <b>Séries populares</b> · página { $page } de { $pages }
popular-header-movies = ⭐ <b>Filmes populares</b> · página { $page } de { $pages }
list-empty = Nada por aqui ainda.
watching-now =
    { $count ->
        [0] { $count } pessoas assistindo agora
        [one] { $count } pessoa assistindo agora
        [many] { $count } de pessoas assistindo agora
       *[other] { $count } pessoas assistindo agora
    }
card-untitled = Sem título

## /language
language-current = Estou falando com você em <b>{ $language }</b>. Escolha outro idioma:
language-current-auto = Estou usando o idioma do seu Telegram (agora <b>{ $language }</b>). Escolha um para fixar:
language-auto = 🌐 Igual ao Telegram
language-saved = ✅ Pronto.
language-saved-toast = Idioma salvo

## Acesso
not-allowed = Desculpe, este bot é privado. Peça ao dono para adicionar você.

## Erros (curtos; a pessoa vê estas mensagens)
error-generic = 😕 Algo deu errado do meu lado. Tente de novo daqui a pouco.
error-short = Algo deu errado. Tente de novo.
error-telegram-busy = O Telegram está sobrecarregado agora. Tente de novo daqui a pouco.
error-store-busy = ⏳ Estou um pouco ocupado agora. Tente de novo daqui a pouco.
error-trakt-rate-limited = O Trakt pediu para irmos mais devagar. Tente de novo em { $seconds } s.
error-trakt-busy = O Trakt está sobrecarregado agora. Tente de novo daqui a um minuto.
error-trakt-refusing = O Trakt está recusando este bot no momento. Não é culpa da sua conta; tente de novo mais tarde.
error-trakt-unauthorized = O Trakt não aceitou seu login. Vincule sua conta de novo com /link.
error-trakt-locked = Sua conta do Trakt está bloqueada ou desativada. O suporte do Trakt pode desbloqueá-la.
error-trakt-vip = Para isso, é preciso ter o Trakt VIP: { $url }
error-trakt-account-limit = Você atingiu um limite da sua conta do Trakt (por exemplo, a lista para assistir está cheia). Remova algo ou assine o VIP.
error-trakt-not-found = O Trakt não encontrou isso.
error-trakt-down = O Trakt não está respondendo agora. Tente de novo em alguns minutos.
error-trakt-other = O Trakt não conseguiu fazer isso (erro { $status }). Tente de novo mais tarde.

## Gêneros (slugs do Trakt)
genre-action = ação
genre-adventure = aventura
genre-animation = animação
genre-anime = anime
genre-biography = biografia
genre-children = infantil
genre-comedy = comédia
genre-crime = policial
genre-documentary = documentário
genre-donghua = donghua
genre-drama = drama
genre-family = família
genre-fantasy = fantasia
genre-game-show = game show
genre-history = história
genre-holiday = festas de fim de ano
genre-home-and-garden = casa e jardim
genre-horror = terror
genre-mini-series = minissérie
genre-music = música
genre-musical = musical
genre-mystery = mistério
genre-news = notícias
genre-reality = reality show
genre-romance = romance
genre-science-fiction = ficção científica
genre-short = curta-metragem
genre-soap = novela
genre-special-interest = educativo
genre-sporting-event = esporte
genre-superhero = super-heróis
genre-suspense = suspense
genre-talk-show = talk show
genre-thriller = thriller
genre-war = guerra
genre-western = faroeste

## Botões comuns
button-back = ◀ Voltar

## Vinculação (comum: qualquer comando pessoal pode precisar)
button-link = 🔗 Vincular meu Trakt
link-needed = Para isso, preciso da sua conta do Trakt. Vincule uma vez só: leva um minuto e eu nunca vejo sua senha.
link-needed-group = Para isso, preciso da sua conta do Trakt. Vincule em um chat privado comigo; nenhum código aparece aqui.
link-needed-short = Vincule sua conta do Trakt primeiro.
link-lost = O Trakt encerrou o acesso deste bot à sua conta (foi revogado ou expirou). Vincule de novo para continuar.

## Mais assistidos
discover-list-trending = 🔥 Em alta
discover-list-popular = ⭐ Populares
discover-list-watched = 👀 Mais assistidos
discover-period-weekly = Semana
discover-period-monthly = Mês
discover-period-yearly = Ano
discover-period-all = Todos os tempos
discover-when-weekly = da semana
discover-when-monthly = do mês
discover-when-yearly = do ano
discover-when-all = de todos os tempos
discover-watched-header-shows = 👀 <b>Séries mais assistidas</b> { $period } · página { $page } de { $pages }
discover-watched-header-movies = 👀 <b>Filmes mais assistidos</b> { $period } · página { $page } de { $pages }
discover-watchers =
    { $count ->
        [0] { $count } espectadores
        [one] { $count } espectador
        [many] { $count } de espectadores
       *[other] { $count } espectadores
    }
discover-plays =
    { $count ->
        [0] { $count } reproduções
        [one] { $count } reprodução
        [many] { $count } de reproduções
       *[other] { $count } reproduções
    }
discover-details-hint = <i>Toque em um número abaixo para ver os detalhes do título.</i>

## A person's own data asked for in a group goes to their private chat
private-sent = 📬 { $name }, enviei para você no privado.
private-share = 📤 Compartilhar no grupo
private-shared-by = 📤 { $name } compartilhou isto:
private-shared = Compartilhado no grupo.
private-share-failed = Não consigo postar nesse grupo: você ou eu não estamos mais nele.
private-start-first = { $name }, ainda não posso escrever para você: abra um chat privado comigo, toque em Iniciar e peça de novo.
private-open = 💬 Abrir um chat privado

# Fair use (bot/trakt/fair.py): one person over their budget; the shared budget full.
error-too-fast = ⏳ Você está indo mais rápido do que consigo consultar o Trakt. Tente de novo em { $seconds } s.
error-too-fast-login = ⏳ Muitas tentativas de login seguidas. Tente de novo em { $seconds } s.
error-bot-busy = ⏳ Muita gente está consultando o Trakt ao mesmo tempo agora. Tente de novo em { $seconds } s.
