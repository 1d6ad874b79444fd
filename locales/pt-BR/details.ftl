# A ficha de um filme ou série e as ações de um toque nos títulos.
# As mensagens são HTML do Telegram; botões, avisos e alertas são texto simples.

## Ficha
details-button = ℹ️ Detalhes
details-link = 🔗 <a href="{ $url }">Abrir no Trakt</a>
details-no-overview = <i>Ainda sem descrição.</i>
details-not-out-toast = Ainda não foi lançado
details-runtime = { $minutes } min
details-released = lançamento: { $date }
details-first-aired = estreia: { $date }
details-releases = estreia em { $date }
details-first-airs = estreia em { $date }
details-next = ▶ Próximo: { $episode }
details-related = <b>Relacionados:</b> { $titles }

## Status (os do Trakt, em slug). Os que valem para filmes e séries evitam gênero gramatical.
details-status-returning-series = renovada
details-status-continuing = em exibição
details-status-in-production = em produção
details-status-post-production = em pós-produção
details-status-planned = em planejamento
details-status-upcoming = em breve
details-status-pilot = piloto
details-status-rumored = sem confirmação
details-status-canceled = cancelada
details-status-ended = encerrada
details-status-released = lançado

## Botões de ação
action-wl = ➕ Para assistir
action-wl-done = ✅ Em “Para assistir”
action-unwl = ➖ Tirar de “Para assistir”
action-unwl-done = ✅ Removido
action-seen = 👁 Já assisti
action-seen-done = ✅ Assistido
action-hide = 🙈 Não me interessa
action-hide-done = ✅ Oculto
action-rate = ⭐ Avaliar
action-rate-done = ✅ Avaliado
action-rated = ✅ Sua nota: { $rating }/10
action-rate-cancel = ✖ Cancelar

## Avisos e alertas das ações
action-wl-toast = Adicionado à sua lista para assistir
action-wl-already = Já está na sua lista para assistir
action-unwl-toast = Removido da sua lista para assistir
action-unwl-already = Não estava na sua lista para assistir
action-seen-toast = Marcado como assistido
action-seen-toast-show = Todos os episódios já exibidos foram marcados como assistidos
action-seen-already = Já estava marcado como assistido
action-hide-toast = Oculto: não vou sugerir isso de novo
action-hide-already = Já estava oculto
action-rate-pick = Escolha uma nota de 1 a 10
action-rate-toast = Nota { $rating }/10 salva
action-not-found = O Trakt não conhece este título.
action-limit-watchlist =
    Sua lista para assistir do Trakt está cheia ({ $limit ->
        [0] { $limit } títulos
        [one] { $limit } título
        [many] { $limit } de títulos
       *[other] { $limit } títulos
    }). Remova algo dela ou assine o Trakt VIP para ter uma lista maior.
action-limit-watchlist-unknown = Sua lista para assistir do Trakt está cheia. Remova algo dela ou assine o Trakt VIP para ter uma lista maior.

## Assistido de novo, e uma série inteira (com confirmação)
action-again = 🔁 Assisti de novo
action-again-ask = Você já assistiu. Adicionar mais uma exibição?
action-again-toast = Mais uma exibição adicionada
action-again-recent = Uma exibição acabou de ser adicionada
action-all = { $count ->
    [one] ✅ O episódio
   *[other] ✅ Todos os { $count } episódios
}
action-all-ask = { $count ->
    [one] Marcar como assistido o episódio exibido de { $title }?
   *[other] Marcar como assistidos todos os { $count } episódios exibidos de { $title }?
}
action-all-none = O Trakt ainda não lista episódios exibidos desta série.

## Undo (a few minutes after a change)
action-undo = ↩ Desfazer
action-undo-toast = Desfeito
action-undo-late = Tarde demais para desfazer: foi há mais de 5 minutos.
action-undo-done = Já desfeito
action-undo-other-account = Essa alteração foi feita em uma conta do Trakt que não está mais vinculada, então não dá para desfazê-la.
seasons-button = 📚 Temporadas

## Your progress on a show's card
details-progress-next = 👁 Você assistiu { $completed } de { $aired } · próximo { $episode }
details-progress = 👁 Você assistiu { $completed } de { $aired }
details-progress-done = { $aired ->
    [one] ✅ Você assistiu o episódio exibido
   *[other] ✅ Você assistiu todos os { $aired } episódios exibidos
}
action-next-episode = 👁 Já assisti ao { $episode }
action-all-rest = ✅ Os { $count } restantes
action-all-ask-rest = { $count ->
    [one] Marcar como assistido o episódio exibido de { $title } que você não viu?
   *[other] Marcar como assistidos os { $count } episódios exibidos de { $title } que você não viu?
}
action-unrate = ✖ Remover a nota
action-unrate-toast = Nota removida
action-unrate-already = Não tem nota
