## Palavras depois de um comando: /history filmes semana, /watchlist séries adicionados.
# Sinônimos separados por vírgulas, em minúsculas. O PRIMEIRO é o que os textos de ajuda mostram.
# Um sinônimo terminado em * é um radical: vale qualquer palavra que comece assim.
arg-shows = séries, série*, seriado*
arg-movies = filmes, filme*
arg-week = semana, semanal, semana*
arg-month = mês, meses, mensal
arg-year = ano, anos, anual
arg-all = tudo, todos, sempre
arg-rank = ordem, classificação, ranking
arg-added = adicionados, adicionado, novos, recentes
arg-released = lançamento, lançamentos, estreia
arg-title = título, nome, alfabética
arg-digest = resumo, diário
arg-on = sim, ligado
arg-off = desligado, não
arg-quiet = silêncio
arg-tz = fuso
arg-premieres = estreias
arg-finales = finais
