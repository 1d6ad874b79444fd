# Ficha de uma pessoa: o /search também encontra pessoas; a ficha lista os trabalhos mais conhecidos.
# As mensagens são HTML do Telegram; a linha de dados e os botões são texto simples.

people-known-for = <b>Principais trabalhos</b>
people-tap = <i>Toque em um número para ver os detalhes do título.</i>
people-no-credits = <i>O Trakt ainda não tem filmes nem séries dessa pessoa.</i>
people-credits-failed = <i>O Trakt não conseguiu listar os filmes e séries dessa pessoa agora. Tente de novo em instantes.</i>
people-born = nascimento: { $date }
people-died = falecimento: { $date }
people-as = como { $role }
people-episodes = { $count ->
    [0] { $count } episódios
    [one] { $count } episódio
    [many] { $count } de episódios
   *[other] { $count } episódios
}
people-department-acting = Atuação
people-department-directing = Direção
people-department-writing = Roteiro
people-department-production = Produção
people-department-sound = Som
people-department-camera = Fotografia
people-department-editing = Montagem
people-department-art = Direção de arte
people-department-crew = Equipe técnica
people-department-costume = Figurino e maquiagem
people-department-lighting = Iluminação
people-department-visual-effects = Efeitos visuais
people-department-created-by = Criado por

# A title's people, opened from its details card.
people-button = 👥 Elenco e equipe
people-of-title = 👥 { $title } · elenco e equipe
people-tap-person = <i>Toque em um número para ver o cartão da pessoa.</i>
people-nobody = <i>O Trakt ainda não lista elenco nem equipe para este título.</i>
